import { questions, type Question } from '@/lib/selfcheck/questions';
import { yesNoOptions } from './question-fieldset';
import { both, wordsIn } from './wording';
import { AnswerText, UnlessEmergencyStop, type Worded } from './self-check-parts';
import { noneOfTheseLabel } from './signs-fieldset';

/**
 * "Check your answers" (GOV.UK summary list): every question and its answer, each with a "Change"
 * action that goes back to that question, then "See my result". Each action is a submit button of
 * the self-check form (without JavaScript the answers travel in the form, never in the address;
 * with it, the stepper takes the click and moves to the question). The stepper shows this section
 * with the answers it holds, and the heading takes focus when shown.
 */
export function CheckAnswers() {
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading" tabIndex={-1} className="text-2xl font-bold">
        Check your answers
      </h2>
      <p className="mt-2">You can change any answer before you see your result.</p>
      <dl className="summary-list mt-4">
        {questions.map((question) => (
          <div key={question.id} className="summary-row">
            <dt className="font-bold">
              {question.kind === 'who' ? question.legend : wordsIn(both(question.text, 'legend'))}
            </dt>
            <dd>
              <AnswerText
                id={question.id}
                list={question.kind === 'signs'}
                labels={labelsOf(question)}
                notAnswered="Not answered"
                none={noneOfTheseLabel}
              />
            </dd>
            <dd>
              <button
                type="submit"
                className="link-button"
                name="change"
                value={question.id}
                formAction={`/is-iop-right-for-me/answers#${question.id}-legend`}
              >
                Change
                <span className="sr-only">
                  {' '}
                  your answer to{' '}
                  {question.kind === 'who' ? question.shortName : wordsIn(both(question.text, 'shortName'))}
                </span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <UnlessEmergencyStop>
        <button type="submit" name="step" value="result" className="button-primary mt-6">
          See my result
        </button>
      </UnlessEmergencyStop>
    </section>
  );
}

function labelsOf(question: Question): [string, Worded][] {
  if (question.kind === 'who') return question.options.map((o) => [o.value, o.label]);
  if (question.kind === 'yes-no') return yesNoOptions.map((o) => [o.value, o.label]);
  return question.options.map((o) => [o.id, both(o.text, 'label')]);
}
