import { programChecklist } from '@/lib/program-checklist';

/**
 * A printable "questions to ask a program" list with tick boxes (questions: lib/program-checklist.ts).
 * Plain HTML, no script: the boxes work without JavaScript, and nothing a reader ticks is stored or
 * sent. There is no <form> (nothing to submit) and no name on any box (nothing to post). No autocomplete
 * attribute either: HTML does not allow it on a tick box (the HTML checker refuses it), so a browser may
 * keep the ticks while the page stays in its history, as it does for any form, and nowhere else.
 * Accessibility: a labelled region; each group is a fieldset with a legend; each box is inside its
 * label, so the whole question is the tap target and no ids are needed (the list can appear twice).
 * Print: the boxes print as empty squares (ticked ones stay ticked), with lines to write on.
 */
export function ProgramChecklist() {
  return (
    <section className="program-checklist not-prose" aria-label="Questions to ask a program">
      <p className="program-checklist-title">Questions to ask a program</p>
      <p className="program-checklist-hint">
        Tick each question once the program has answered it. Nothing you tick is saved or sent. To keep a copy, print
        this page.
      </p>
      <p className="program-checklist-write" aria-hidden="true">
        Program name: ______________________ Phone: ______________ Date called: __________
      </p>
      {programChecklist.map((group) => (
        <fieldset key={group.title} className="program-checklist-group">
          <legend>{group.title}</legend>
          <ul>
            {group.questions.map((question) => (
              <li key={question}>
                <label>
                  <input type="checkbox" />
                  <span>{question}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <p className="program-checklist-write" aria-hidden="true">
        Notes: ______________________________________________________________
      </p>
    </section>
  );
}
