/**
 * The self-check as the page shows it: its states (who, questions, check your answers, result) and
 * the one-question-at-a-time steps used when JavaScript runs. Pure and free of zod, so the browser
 * bundle stays small. The server's handling of a posted form is in submission.ts.
 */
import { audienceOf, firstEmergencyStop, missingAnswerMessage, problemWith, valueOf } from './answers';
import { decide, type Result } from './decide';
import { isAnswer, isAudience, questions, type Answers, type QuestionId } from './questions';

/** One problem to show in the error summary and next to its question (null: the whole form). */
export interface FormError {
  questionId: QuestionId | null;
  message: string;
}

/**
 * What the page shows: who the reader is answering for; the questions (with errors, or opened at one
 * question by a "Change" link); "Check your answers"; or a result.
 */
export type SelfCheckState =
  | { status: 'who'; answers: Answers; errors: FormError[] }
  | { status: 'questions'; answers: Answers; errors: FormError[]; focus?: QuestionId }
  | { status: 'check'; answers: Answers }
  | { status: 'result'; answers: Answers; result: Result };

export const startState: SelfCheckState = { status: 'who', answers: {}, errors: [] };

/** What happens when the reader presses Continue on question `index` (0-based, "who" is 0). */
export type StepOutcome =
  | { kind: 'missing'; error: FormError }
  | { kind: 'question'; index: number }
  | { kind: 'check' }
  | { kind: 'result'; result: Result };

/**
 * The answers in a form (FormData, URLSearchParams). A single valid value for "who" and each
 * yes / no / not sure question; every value of a safety list, as given (so a list with "none" and
 * an item stays visibly wrong, and an emergency item is never dropped).
 */
export function answersFrom(form: { getAll(name: string): unknown[] }): Answers {
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const values = form.getAll(q.id);
    if (q.kind === 'signs') {
      const strings = values.filter((v): v is string => typeof v === 'string');
      if (strings.length > 0) answers[q.id] = strings;
    } else if (values.length === 1 && (q.kind === 'who' ? isAudience(values[0]) : isAnswer(values[0]))) {
      answers[q.id] = values[0];
    }
  }
  return answers as Answers;
}

/** The index of the first question without a valid answer, or -1. */
export function firstGap(answers: Answers): number {
  return questions.findIndex((q) => problemWith(q, valueOf(answers, q.id)) !== null);
}

/**
 * The step after question `index`: the emergency result at once if a safety list has an emergency
 * item (later answers are not needed); an error if the question has no valid answer; then the next
 * question, or "Check your answers" after the last. `returning` (after a "Change" link) goes back
 * to "Check your answers", or to the first question still unanswered.
 */
export function stepAfter(answers: Answers, index: number, returning = false): StepOutcome {
  const at = Math.min(Math.max(index, 0), questions.length - 1);
  const question = questions[at];
  const asked = Object.fromEntries(questions.slice(0, at + 1).map((q) => [q.id, valueOf(answers, q.id)]));
  if (firstEmergencyStop(asked) !== null) return { kind: 'result', result: decide(asked as Answers) };
  const problem = problemWith(question, valueOf(answers, question.id));
  if (problem) {
    return { kind: 'missing', error: { questionId: question.id as QuestionId, message: missingAnswerMessage(question, audienceOf(answers), problem) } };
  }
  if (returning) {
    const gap = firstGap(answers);
    return gap === -1 ? { kind: 'check' } : { kind: 'question', index: gap };
  }
  return at >= questions.length - 1 ? { kind: 'check' } : { kind: 'question', index: at + 1 };
}

/** Where "Change my answers" on a result leads: "Check your answers", or the question the form stopped at. */
export function reviewFrom(answers: Answers): { kind: 'check' } | { kind: 'question'; index: number } {
  const stop = firstEmergencyStop(answers);
  if (stop !== null) return { kind: 'question', index: questions.findIndex((q) => q.id === stop) };
  const gap = firstGap(answers);
  return gap === -1 ? { kind: 'check' } : { kind: 'question', index: gap };
}
