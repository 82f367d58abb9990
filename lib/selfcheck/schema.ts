/**
 * Checking a submitted self-check: one zod schema, and `parseAnswers`, which reads its issues as
 * one plain message per question.
 *
 * A submission is complete when every question has a valid answer, OR when a safety list has an
 * emergency item selected: then the form stops and shows emergency help at once, so a
 * no-JavaScript form may send only what came before.
 *
 * Safety first: once an emergency item is present, problems elsewhere in the form (a missing,
 * unknown or broken field) never block the emergency result; those fields are simply dropped.
 */
import { z } from 'zod';
import { audienceOf, firstEmergencyStop, missingAnswerMessage, problemWith, valueOf } from './answers';
import { isQuestionId, questionById, questions, type Answers, type QuestionId } from './questions';

// Kept in ./answers (no zod there, so the browser's stepper can use them); exported here as before.
export { firstEmergencyStop, isComplete, missingAnswerMessage } from './answers';

export interface AnswerError {
  /** The question to link the error to, or null for a problem with the form as a whole. */
  questionId: QuestionId | null;
  message: string;
}

export type ParseResult = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[]; answers: Answers };

export const unknownFieldMessage =
  'The form sent something we did not expect. Please check your answers and send them again.';

/**
 * A copy of the object's own keys on a null-prototype object (so `__proto__` and inherited keys
 * are plain data), or null when the input is not an object. Throws on hostile objects (a Proxy, a
 * throwing getter): callers catch that.
 */
function ownRecord(input: unknown): Record<string, unknown> | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(input)) copy[key] = (input as Record<string, unknown>)[key];
  return copy;
}

/** Only the valid answers, by question id (what the form shows again). */
export function validAnswers(record: Readonly<Record<string, unknown>> | null): Answers {
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const value = valueOf(record, q.id);
    if (problemWith(q, value) === null) answers[q.id] = Array.isArray(value) ? [...value] : value;
  }
  return answers as Answers;
}

/** After an emergency stop: the answers as given, safety lists kept even if "none" sits next to an item. */
function stoppedAnswers(record: Readonly<Record<string, unknown>>): Answers {
  const answers: Record<string, unknown> = { ...validAnswers(record) };
  for (const q of questions) {
    const value = valueOf(record, q.id);
    if (q.kind === 'signs' && Array.isArray(value) && value.every((v) => typeof v === 'string'))
      answers[q.id] = [...value];
  }
  return answers as Answers;
}

/**
 * The self-check answers as a zod schema: an object of question id -> answer, every question
 * required and no other field allowed, unless a safety list has an emergency item selected.
 * Never throws: hostile input (a Proxy, a throwing getter) is read as "not a form".
 * Not exported: `parseAnswers` is the one way in, and its tests are this schema's.
 */
// z.custom, not z.record: a record would copy the object and lose an own "__proto__" key.
const formRecord = z.custom<Readonly<Record<string, unknown>>>((value) => typeof value === 'object' && value !== null, {
  message: 'Not a form',
});

const answersSchema = z
  .preprocess((input) => {
    try {
      return ownRecord(input) ?? undefined;
    } catch {
      return undefined;
    }
  }, formRecord)
  .superRefine((record, ctx) => {
    if (firstEmergencyStop(record) !== null) return;
    const audience = audienceOf(record);
    for (const q of questions) {
      const problem = problemWith(q, valueOf(record, q.id));
      if (problem) ctx.addIssue({ code: 'custom', path: [q.id], message: missingAnswerMessage(q, audience, problem) });
    }
    if (Object.keys(record).some((key) => !isQuestionId(key)))
      ctx.addIssue({ code: 'custom', path: [], message: unknownFieldMessage });
  })
  .transform((record): Answers =>
    firstEmergencyStop(record) !== null ? stoppedAnswers(record) : validAnswers(record),
  );

/**
 * Checks a submission. Never throws. On success, `answers` holds only valid answers (all of them,
 * or what came before an emergency stop). On failure, `errors` lists one plain message per question
 * (in question order) and `answers` keeps the valid answers given, so the form can show them again.
 */
export function parseAnswers(input: unknown): ParseResult {
  const result = answersSchema.safeParse(input);
  if (result.success) return { ok: true, answers: result.data };
  let given: Answers = {};
  try {
    given = validAnswers(ownRecord(input));
  } catch {
    // A hostile object: nothing it holds is kept.
  }
  const audience = audienceOf(given);
  const messages = new Map<string, string>();
  let formLevel = false;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && isQuestionId(key)) {
      if (!messages.has(key)) messages.set(key, issue.message);
    } else if (issue.message === unknownFieldMessage) {
      formLevel = true;
    }
  }
  // Not an object at all: every question is missing.
  if (messages.size === 0 && !formLevel)
    for (const q of questions) messages.set(q.id, missingAnswerMessage(q, audience));
  const errors: AnswerError[] = questions
    .filter((q) => messages.has(q.id))
    .map((q) => ({
      questionId: q.id as QuestionId,
      message: messages.get(q.id) ?? missingAnswerMessage(questionById(q.id as QuestionId), audience),
    }));
  if (formLevel) errors.push({ questionId: null, message: unknownFieldMessage });
  return { ok: false, errors, answers: given };
}

/**
 * Reads only the question fields from FormData or URLSearchParams (other fields, such as
 * framework ones, are ignored). A safety list is always a list; another field sent twice becomes
 * a list too, which fails validation.
 */
export function inputFromFormData(form: { getAll(name: string): unknown[] }): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const q of questions) {
    const values = form.getAll(q.id);
    if (q.kind === 'signs') {
      if (values.length > 0) input[q.id] = values;
    } else if (values.length === 1) input[q.id] = values[0];
    else if (values.length > 1) input[q.id] = values;
  }
  return input;
}

export type { Answers, QuestionId };
