/**
 * Rules about a set of answers that need no zod, so the browser's one-question-at-a-time stepper
 * can use them without loading the schema: what a valid answer is, where the form stops for an
 * emergency, whether the answers are complete, and the message for a missing answer.
 * `schema.ts` builds on them.
 */
import {
  formQuestions,
  isAnswer,
  isAudience,
  noneOfThese,
  questions,
  signSets,
  signValues,
  shortNameOf,
  type Audience,
  type Question,
  type SignOption,
  type SignSet,
  type SignSetId,
} from './questions';

type Loose = Readonly<Record<string, unknown>>;

/** The value given for a question, if it is the record's own (never an inherited `constructor`). */
export function valueOf(answers: Loose | null | undefined, id: string): unknown {
  return answers && typeof answers === 'object' && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** Why a value is not a valid answer to the question ('missing', 'none-and-others'), or null when it is valid. */
export function problemWith(question: Question, value: unknown): 'missing' | 'none-and-others' | null {
  if (question.kind === 'who') return isAudience(value) ? null : 'missing';
  if (question.kind === 'yes-no') return isAnswer(value) ? null : 'missing';
  if (!Array.isArray(value) || value.length === 0) return 'missing';
  const allowed = signValues(question);
  if (!value.every((v) => typeof v === 'string' && allowed.includes(v)) || new Set(value).size !== value.length) return 'missing';
  return value.includes(noneOfThese) && value.length > 1 ? 'none-and-others' : null;
}

/**
 * The options selected in a safety list, or 'missing' when the value says nothing usable.
 * Safety first: a known option counts even next to "none" or a broken value, so nothing a reader
 * ticked can be lost.
 */
export function selectedOptions(set: SignSet, value: unknown): SignOption[] | 'missing' {
  if (!Array.isArray(value)) return 'missing';
  const picked = set.options.filter((o) => value.includes(o.id));
  if (picked.length > 0) return picked;
  return value.includes(noneOfThese) ? [] : 'missing';
}

/** The first safety list with an emergency item selected, or null. The form stops there. */
export function firstEmergencyStop(answers: Loose | null | undefined): SignSetId | null {
  for (const set of signSets) {
    const picked = selectedOptions(set, valueOf(answers, set.id));
    if (picked !== 'missing' && picked.some((o) => o.emergency !== null)) return set.id;
  }
  return null;
}

/** True when the answers are enough to show a result (all answered, or an emergency stop). */
export function isComplete(answers: Loose | null | undefined): boolean {
  if (firstEmergencyStop(answers) !== null) return true;
  return questions.every((q) => problemWith(q, valueOf(answers, q.id)) === null);
}

/** The audience the answers name, "self" until the reader says otherwise. */
export function audienceOf(answers: Loose | null | undefined): Audience {
  const value = valueOf(answers, 'for');
  return isAudience(value) ? value : 'self';
}

/** GOV.UK-style message for a question with no valid answer. */
export function missingAnswerMessage(question: Question, audience: Audience, problem: 'missing' | 'none-and-others' = 'missing'): string {
  if (question.kind === 'who') return 'Select who you are answering for';
  if (question.kind === 'yes-no') return `Select yes, no or not sure for: ${shortNameOf(question, audience)}`;
  if (problem === 'none-and-others') {
    return `For ${question.text[audience].shortName}: select "No, none of these" only if none of the others are true`;
  }
  return `For ${question.text[audience].shortName}: select any that are true, or select "No, none of these"`;
}

export { formQuestions };
