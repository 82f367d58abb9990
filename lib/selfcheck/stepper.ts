/**
 * The self-check as the page shows it: its states (who, questions, check your answers, result) and
 * the one-question-at-a-time steps used when JavaScript runs. Pure, free of zod and of wording
 * (the steps take the questions as `questionRules`), so the browser bundle stays small. The server's
 * handling of a posted form is in submission.ts.
 */
import type { Answers, QuestionId } from './questions';
import { firstEmergencyStop, firstGap, problemWith, valueOf, type QuestionRule } from './rules';

/** One problem to show in the error summary and next to its question (null: the whole form). */
export interface FormError {
  questionId: QuestionId | null;
  message: string;
}

/**
 * What the page shows: who the reader is answering for; the questions (with errors, or opened at one
 * question by a "Change" link); "Check your answers"; or the result for the answers.
 */
export type SelfCheckState =
  | { status: 'who'; answers: Answers; errors: FormError[] }
  | { status: 'questions'; answers: Answers; errors: FormError[]; focus?: QuestionId }
  | { status: 'check'; answers: Answers }
  | { status: 'result'; answers: Answers };

export const startState: SelfCheckState = { status: 'who', answers: {}, errors: [] };

/** What happens when the reader presses Continue on question `index` (0-based, "who" is 0). */
export type StepOutcome =
  | { kind: 'missing'; questionId: QuestionId; problem: 'missing' | 'none-and-others' }
  | { kind: 'question'; index: number }
  | { kind: 'check' }
  /** The result, decided on these answers (at an emergency stop, only those asked so far). */
  | { kind: 'result'; answers: Answers };

/**
 * The step after question `index`: the emergency result at once if a safety list has an emergency
 * item (later answers are not needed); an error if the question has no valid answer; then the next
 * question, or "Check your answers" after the last. `returning` (after a "Change" link) goes back
 * to "Check your answers", or to the first question still unanswered.
 */
export function stepAfter(
  questions: readonly QuestionRule[],
  answers: Answers,
  index: number,
  returning = false,
): StepOutcome {
  const at = Math.min(Math.max(index, 0), questions.length - 1);
  const question = questions[at];
  const asked = Object.fromEntries(questions.slice(0, at + 1).map((q) => [q.id, valueOf(answers, q.id)]));
  if (firstEmergencyStop(questions, asked) !== null) return { kind: 'result', answers: asked as Answers };
  const problem = problemWith(question, valueOf(answers, question.id));
  if (problem) return { kind: 'missing', questionId: question.id as QuestionId, problem };
  if (returning) {
    const gap = firstGap(questions, answers);
    return gap === -1 ? { kind: 'check' } : { kind: 'question', index: gap };
  }
  return at >= questions.length - 1 ? { kind: 'check' } : { kind: 'question', index: at + 1 };
}

/** Where "Change my answers" on a result leads: "Check your answers", or the question the form stopped at. */
export function reviewFrom(
  questions: readonly QuestionRule[],
  answers: Answers,
): { kind: 'check' } | { kind: 'question'; index: number } {
  const stop = firstEmergencyStop(questions, answers);
  if (stop !== null) return { kind: 'question', index: questions.findIndex((q) => q.id === stop) };
  const gap = firstGap(questions, answers);
  return gap === -1 ? { kind: 'check' } : { kind: 'question', index: gap };
}
