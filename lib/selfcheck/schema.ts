/**
 * Checking a submitted self-check form.
 *
 * A submission is complete when every question has yes / no / not sure, OR when an emergency
 * question (question 1 or 2) is yes / not sure: then the form stops and shows emergency help,
 * so a no-JavaScript form may send question 1 alone.
 *
 * Safety first: once an emergency answer is present, problems elsewhere in the form (a missing,
 * unknown or broken field) never block the emergency result; those fields are simply dropped.
 */
import { z } from 'zod';
import {
  answerValues,
  isAnswer,
  isQuestionId,
  questions,
  type Answer,
  type Answers,
  type QuestionId,
} from './questions';
import { firstEmergencyStop, missingAnswerMessage } from './answers';

// Kept in ./answers (no zod there, so the browser's stepper can use them); exported here as before.
export { firstEmergencyStop, isComplete, missingAnswerMessage } from './answers';

export interface AnswerError {
  /** The question to link the error to, or null for a problem with the form as a whole. */
  questionId: QuestionId | null;
  message: string;
}

export type ParseResult =
  | { ok: true; answers: Answers }
  | { ok: false; errors: AnswerError[]; answers: Answers };

export const unknownFieldMessage =
  'The form sent something we did not expect. Please check your answers and send them again.';

/**
 * A copy of the object's own keys on a null-prototype object (so `__proto__` and inherited keys
 * are plain data), or null when the input is not an object.
 */
function ownRecord(input: unknown): Record<string, unknown> | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(input)) copy[key] = (input as Record<string, unknown>)[key];
  return copy;
}

function validAnswers(record: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const value = record[q.id];
    if (isAnswer(value)) answers[q.id] = value;
  }
  return answers;
}

/**
 * Checks a submission. Never throws. On success, `answers` holds only valid answers (all of
 * them, or the emergency stop). On failure, `errors` lists one plain message per question (in
 * question order) and `answers` keeps the valid answers given, so the form can show them again.
 */
export function parseAnswers(input: unknown): ParseResult {
  try {
    const record = ownRecord(input);
    if (record === null) return { ok: false, errors: questions.map((q) => missing(q.id)), answers: {} };
    const answers = validAnswers(record);
    if (firstEmergencyStop(answers) !== null) return { ok: true, answers };

    const errors: AnswerError[] = questions.filter((q) => !(q.id in answers)).map((q) => missing(q.id));
    if (Object.keys(record).some((key) => !isQuestionId(key))) {
      errors.push({ questionId: null, message: unknownFieldMessage });
    }
    return errors.length === 0 ? { ok: true, answers } : { ok: false, errors, answers };
  } catch {
    // e.g. a Proxy or a getter that throws: treat as nothing answered.
    return { ok: false, errors: questions.map((q) => missing(q.id)), answers: {} };
  }
}

function missing(id: QuestionId): AnswerError {
  return { questionId: id, message: missingAnswerMessage(id) };
}

/** Zod schema for one answer. */
export const answerSchema = z.enum(answerValues);

type AnswersShape = { [K in QuestionId]: z.ZodOptional<typeof answerSchema> };
const shape = Object.fromEntries(questions.map((q) => [q.id, answerSchema.optional()])) as AnswersShape;

/**
 * The same rules as `parseAnswers`, as a zod schema: strict object of question id -> answer,
 * every question required unless an emergency question is yes / not sure.
 * Prefer `parseAnswers` in routes: it gives the per-question messages and never throws.
 */
export const answersSchema = z.preprocess(
  (input) => {
    try {
      const record = ownRecord(input);
      if (record === null) return input;
      const answers = validAnswers(record);
      return firstEmergencyStop(answers) !== null ? answers : record;
    } catch {
      return undefined;
    }
  },
  z.strictObject(shape).superRefine((value, ctx) => {
    if (firstEmergencyStop(value) !== null) return;
    for (const q of questions) {
      if (value[q.id] === undefined) {
        ctx.addIssue({ code: 'custom', path: [q.id], message: missingAnswerMessage(q.id) });
      }
    }
  }),
);

/**
 * Reads only the question fields from FormData or URLSearchParams (other fields, such as
 * framework ones, are ignored). A field sent twice becomes an array, which fails validation.
 */
export function inputFromFormData(form: { getAll(name: string): unknown[] }): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const q of questions) {
    const values = form.getAll(q.id);
    if (values.length === 1) input[q.id] = values[0];
    else if (values.length > 1) input[q.id] = values;
  }
  return input;
}

export type { Answer, Answers, QuestionId };
