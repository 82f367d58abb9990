import { missingAnswerMessages } from '@/lib/selfcheck/answers';
import { questionRules, questions, signSets } from '@/lib/selfcheck/questions';
import { resultLists } from '@/lib/selfcheck/result-parts';
import { valueOf } from '@/lib/selfcheck/rules';
import type { SelfCheckState } from '@/lib/selfcheck/stepper';
import { CheckAnswers } from './check-answers';
import { QuestionFields } from './question-fieldset';
import { SelfCheckResult } from './result';
import { SelfCheckSteps } from './self-check-steps';

/** Without JavaScript, the offer to stop early comes after the safety lists. */
const lastSafetyList = signSets[signSets.length - 1].id;

/**
 * The self-check form in the state `state` (lib/selfcheck/stepper.ts). The server renders all of
 * it, every question, "Check your answers" and every part of every result, in both wordings; the
 * browser's part, <SelfCheckSteps />, gets only the questions without their words, the result's
 * lists and the error messages, and shows the parts that apply (self-check-steps.tsx).
 */
export function SelfCheck({ state }: { state: SelfCheckState }) {
  return (
    <SelfCheckSteps
      rules={questionRules}
      lists={resultLists}
      messages={missingAnswerMessages()}
      posted={state}
      check={<CheckAnswers />}
      result={<SelfCheckResult />}
    >
      {questions.map((question, index) => (
        <QuestionFields
          key={question.id}
          question={question}
          index={index}
          answer={valueOf(state.answers, question.id)}
          after={state.status === 'questions' && question.id === lastSafetyList ? <EarlyStop /> : undefined}
        />
      ))}
    </SelfCheckSteps>
  );
}

/** Without JavaScript, the form cannot stop by itself after an emergency item: offer to stop here. */
function EarlyStop() {
  return (
    <div className="callout callout-urgent">
      <p>
        If anything you selected in questions 1 or 2 means someone is in danger now, you do not need to answer the rest.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" name="step" value="questions" className="button-urgent">
          Show me how to get help now
        </button>
        <a href="/get-help-now">Or go to Get help now</a>
      </div>
    </div>
  );
}
