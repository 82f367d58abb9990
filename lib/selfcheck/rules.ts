/**
 * What the self-check's answers mean, without any of its words: which answers are valid, where the
 * form stops for an emergency, and what is still unanswered. Every function takes the questions it
 * applies to, so the browser can run them on `questionRules` (the questions with their wording left
 * out) and the server on the full `questions`: the browser's bundle then carries no question text.
 * Editors change questions in questions.ts and signs.ts, never here.
 */
import type { Answer, Answers, Audience, SourceKey } from './questions';

/** The value of "No, none of these" in a safety list. */
export const noneOfThese = 'none';

/** The levels of care, highest first (their words are in tiers.ts). */
export const tierIds = ['emergency', 'twenty-four-hour', 'php', 'iop', 'outpatient'] as const;
export type Tier = (typeof tierIds)[number];

/** The tier with more care of the two. */
export function higherTier(a: Tier, b: Tier): Tier {
  return tierIds.indexOf(a) <= tierIds.indexOf(b) ? a : b;
}

/** A safety item: what selecting it means (see SignOption in questions.ts). */
export interface OptionRule {
  id: string;
  emergency: 'mental-health' | 'medical' | null;
  overdose?: boolean;
  sources: readonly SourceKey[];
}

export type QuestionRule =
  | { kind: 'who'; id: string }
  | { kind: 'signs'; id: string; options: readonly OptionRule[] }
  | {
      kind: 'yes-no';
      id: string;
      tier: Exclude<Tier, 'emergency' | 'outpatient'> | null;
      notice?: 'withdrawal-caution' | 'unsafe-home';
      sources: readonly SourceKey[];
    };

type SignRule = Extract<QuestionRule, { kind: 'signs' }>;
type Loose = Readonly<Record<string, unknown>>;

/** The questions as the browser needs them: ids, kinds, tiers, notices, sources; no wording. */
export function rulesOf(questions: readonly QuestionRule[]): QuestionRule[] {
  return questions.map((q) => {
    if (q.kind === 'who') return { kind: q.kind, id: q.id };
    if (q.kind === 'yes-no')
      return { kind: q.kind, id: q.id, tier: q.tier, ...(q.notice ? { notice: q.notice } : {}), sources: q.sources };
    const options = q.options.map((o) => ({
      id: o.id,
      emergency: o.emergency,
      ...(o.overdose ? { overdose: true } : {}),
      sources: o.sources,
    }));
    return { kind: q.kind, id: q.id, options };
  });
}

export function isAnswer(value: unknown): value is Answer {
  return value === 'yes' || value === 'no' || value === 'not-sure';
}

export function isAudience(value: unknown): value is Audience {
  return value === 'self' || value === 'other';
}

/** The value given for a question, if it is the record's own (never an inherited `constructor`). */
export function valueOf(answers: Loose | null | undefined, id: string): unknown {
  return answers && typeof answers === 'object' && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** The option ids a safety list accepts, "none" included. */
export function signValues(set: SignRule): readonly string[] {
  return [...set.options.map((o) => o.id), noneOfThese];
}

/** Why a value is not a valid answer to the question ('missing', 'none-and-others'), or null when it is valid. */
export function problemWith(question: QuestionRule, value: unknown): 'missing' | 'none-and-others' | null {
  if (question.kind === 'who') return isAudience(value) ? null : 'missing';
  if (question.kind === 'yes-no') return isAnswer(value) ? null : 'missing';
  if (!Array.isArray(value) || value.length === 0) return 'missing';
  const allowed = signValues(question);
  if (!value.every((v) => typeof v === 'string' && allowed.includes(v)) || new Set(value).size !== value.length)
    return 'missing';
  return value.includes(noneOfThese) && value.length > 1 ? 'none-and-others' : null;
}

/**
 * The options selected in a safety list, or 'missing' when the value says nothing usable.
 * Safety first: a known option counts even next to "none" or a broken value, so nothing a reader
 * ticked can be lost.
 */
export function selectedOptions<O extends OptionRule>(set: { options: readonly O[] }, value: unknown): O[] | 'missing' {
  if (!Array.isArray(value)) return 'missing';
  const picked = set.options.filter((o) => value.includes(o.id));
  if (picked.length > 0) return picked;
  return value.includes(noneOfThese) ? [] : 'missing';
}

/** The first safety list with an emergency item selected, or null. The form stops there. */
export function firstEmergencyStop(
  questions: readonly QuestionRule[],
  answers: Loose | null | undefined,
): string | null {
  for (const set of questions) {
    if (set.kind !== 'signs') continue;
    const picked = selectedOptions(set, valueOf(answers, set.id));
    if (picked !== 'missing' && picked.some((o) => o.emergency !== null)) return set.id;
  }
  return null;
}

/** The index of the first question without a valid answer, or -1. */
export function firstGap(questions: readonly QuestionRule[], answers: Loose | null | undefined): number {
  return questions.findIndex((q) => problemWith(q, valueOf(answers, q.id)) !== null);
}

/** The audience the answers name, "self" until the reader says otherwise. */
export function audienceOf(answers: Loose | null | undefined): Audience {
  const value = valueOf(answers, 'for');
  return isAudience(value) ? value : 'self';
}

/** The id of the input a link should move focus to for a question: its first radio or checkbox. */
export function firstInputId(question: QuestionRule): string {
  if (question.kind === 'who') return `${question.id}-self`;
  if (question.kind === 'signs') return `${question.id}-${question.options[0].id}`;
  return `${question.id}-yes`;
}

/**
 * The answers in a form (FormData, URLSearchParams). A single valid value for "who" and each
 * yes / no / not sure question; every value of a safety list, as given (so a list with "none" and
 * an item stays visibly wrong, and an emergency item is never dropped).
 */
export function answersFrom(questions: readonly QuestionRule[], form: { getAll(name: string): unknown[] }): Answers {
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
