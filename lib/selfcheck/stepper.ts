/**
 * The self-check as the page shows it: the state after a submission, and the one-question-at-a-time
 * steps used when JavaScript runs. Pure and free of zod, so the browser bundle stays small.
 */
import { decide, type Result } from './decide';
import { isAnswer, questions, type Answers, type QuestionId } from './questions';
import { firstEmergencyStop, missingAnswerMessage } from './answers';

/** One problem to show in the error summary and next to its question (null: the whole form). */
export interface FormError {
  questionId: QuestionId | null;
  message: string;
}

/** What the page shows: the empty form, the form with errors, or a result. */
export type SelfCheckState =
  | { status: 'start' }
  | { status: 'invalid'; answers: Answers; errors: FormError[] }
  | { status: 'result'; answers: Answers; result: Result };

export const startState: SelfCheckState = { status: 'start' };

/** What happens when the reader presses Next on question `index` (0-based). */
export type StepOutcome =
  | { kind: 'missing'; error: FormError }
  | { kind: 'question'; index: number }
  | { kind: 'result'; result: Result };

/** The valid answers in a form (FormData, URLSearchParams); anything else is left out. */
export function answersFrom(form: { getAll(name: string): unknown[] }): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const values = form.getAll(q.id);
    if (values.length === 1 && isAnswer(values[0])) answers[q.id] = values[0];
  }
  return answers;
}

/**
 * The step after question `index`: an error if it has no answer, the result as soon as an
 * emergency question is yes / not sure (later answers are not needed) or after the last question,
 * otherwise the next question.
 */
export function stepAfter(answers: Answers, index: number): StepOutcome {
  const question = questions[Math.min(Math.max(index, 0), questions.length - 1)];
  if (!isAnswer(answers[question.id])) {
    return { kind: 'missing', error: { questionId: question.id, message: missingAnswerMessage(question.id) } };
  }
  const asked = Object.fromEntries(questions.slice(0, index + 1).map((q) => [q.id, answers[q.id]]));
  if (firstEmergencyStop(asked) !== null || index >= questions.length - 1) {
    return { kind: 'result', result: decide(asked) };
  }
  return { kind: 'question', index: index + 1 };
}
