/**
 * Rules about a set of answers that need no zod (rules.ts, applied here to the self-check's own
 * questions), and the messages for a missing or wrong answer. `schema.ts` builds on them.
 */
import { questions, shortNameOf, type Audience, type Question, type QuestionId } from './questions';
import * as rules from './rules';

type Loose = Readonly<Record<string, unknown>>;
type Problem = 'missing' | 'none-and-others';

export { audienceOf, problemWith, selectedOptions, valueOf } from './rules';

/** The first safety list with an emergency item selected, or null. The form stops there. */
export function firstEmergencyStop(answers: Loose | null | undefined): QuestionId | null {
  return rules.firstEmergencyStop(questions, answers) as QuestionId | null;
}

/** True when the answers are enough to show a result (all answered, or an emergency stop). */
export function isComplete(answers: Loose | null | undefined): boolean {
  return firstEmergencyStop(answers) !== null || rules.firstGap(questions, answers) === -1;
}

/** The index of the first question without a valid answer, or -1. */
export function firstGap(answers: Loose | null | undefined): number {
  return rules.firstGap(questions, answers);
}

/** GOV.UK-style message for a question with no valid answer. */
export function missingAnswerMessage(question: Question, audience: Audience, problem: Problem = 'missing'): string {
  if (question.kind === 'who') return 'Select who you are answering for';
  if (question.kind === 'yes-no') return `Select yes, no or not sure for: ${shortNameOf(question, audience)}`;
  if (problem === 'none-and-others') {
    return `For ${question.text[audience].shortName}: select "No, none of these" only if none of the others are true`;
  }
  return `For ${question.text[audience].shortName}: select any that are true, or select "No, none of these"`;
}

/** Every message the browser's stepper can show, by question, problem and audience (the page passes them to it). */
export type MissingAnswerMessages = Record<string, Partial<Record<Problem, Record<Audience, string>>>>;

export function missingAnswerMessages(): MissingAnswerMessages {
  const both = (question: Question, problem: Problem) => ({
    self: missingAnswerMessage(question, 'self', problem),
    other: missingAnswerMessage(question, 'other', problem),
  });
  return Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.kind === 'signs'
        ? { missing: both(q, 'missing'), 'none-and-others': both(q, 'none-and-others') }
        : { missing: both(q, 'missing') },
    ]),
  );
}
