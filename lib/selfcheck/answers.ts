/**
 * Rules about a set of answers that need no zod, so the browser's one-question-at-a-time stepper
 * can use them without loading the schema: where the form stops for an emergency, whether the
 * answers are complete, and the message for a missing answer. `schema.ts` re-exports them.
 */
import { isAnswer, questions, type QuestionId } from './questions';

/** The first emergency question answered yes / not sure, or null. The stepper stops there. */
export function firstEmergencyStop(answers: Readonly<Record<string, unknown>>): QuestionId | null {
  for (const q of questions) {
    if (q.tier !== 'emergency') continue;
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (value === 'yes' || value === 'not-sure') return q.id;
  }
  return null;
}

/** True when the answers are enough to show a result (all answered, or an emergency stop). */
export function isComplete(answers: Readonly<Record<string, unknown>>): boolean {
  if (firstEmergencyStop(answers) !== null) return true;
  return questions.every((q) => Object.hasOwn(answers, q.id) && isAnswer(answers[q.id]));
}

/** GOV.UK-style message for a question with no valid answer. */
export function missingAnswerMessage(id: QuestionId): string {
  const q = questions.find((x) => x.id === id);
  return `Select yes, no or not sure for: ${q?.shortName ?? id}`;
}
