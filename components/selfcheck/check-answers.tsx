import { firstEmergencyStop, valueOf } from '@/lib/selfcheck/answers';
import { legendOf, noneOfThese, questions, shortNameOf, type Answers, type Audience, type Question } from '@/lib/selfcheck/questions';

const yesNoLabels: ReadonlyMap<unknown, string> = new Map([
  ['yes', 'Yes'],
  ['no', 'No'],
  ['not-sure', 'Not sure'],
]);

/**
 * "Check your answers" (GOV.UK summary list): every question and its answer, each with a "Change"
 * action that goes back to that question, then "See my result". Without JavaScript each action is a
 * submit button of the self-check form (the answers travel in the form, never in the address); with
 * JavaScript, `onChange` moves the stepper to the question. The heading takes focus when shown.
 */
export function CheckAnswers({ answers, audience, onChange }: { answers: Answers; audience: Audience; onChange?: (index: number) => void }) {
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading" tabIndex={-1} className="text-2xl font-bold">
        Check your answers
      </h2>
      <p className="mt-2">You can change any answer before you see your result.</p>
      <dl className="summary-list mt-4">
        {questions.map((question, index) => (
          <div key={question.id} className="summary-row">
            <dt className="font-bold">{legendOf(question, audience)}</dt>
            <dd>{answerText(question, valueOf(answers, question.id), audience)}</dd>
            <dd>
              {onChange ? (
                <button type="button" className="link-button" onClick={() => onChange(index)}>
                  Change<span className="sr-only"> your answer to {shortNameOf(question, audience)}</span>
                </button>
              ) : (
                <button type="submit" className="link-button" name="change" value={question.id} formAction={`/is-iop-right-for-me/answers#${question.id}-legend`}>
                  Change<span className="sr-only"> your answer to {shortNameOf(question, audience)}</span>
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {firstEmergencyStop(answers) === null ? (
        <button type="submit" name="step" value="result" className="button-primary mt-6">
          See my result
        </button>
      ) : null}
    </section>
  );
}

function answerText(question: Question, value: unknown, audience: Audience) {
  if (question.kind === 'who') return question.options.find((o) => o.value === value)?.label ?? 'Not answered';
  if (question.kind === 'yes-no') return yesNoLabels.get(value) ?? 'Not answered';
  if (!Array.isArray(value) || value.length === 0) return 'Not answered';
  if (value.length === 1 && value[0] === noneOfThese) return 'No, none of these';
  const labels = question.options.filter((o) => value.includes(o.id)).map((o) => o.text[audience].label);
  return (
    <ul className="list-disc pl-5">
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  );
}
