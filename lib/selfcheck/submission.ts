/**
 * A submitted self-check form (no JavaScript), checked on the server. Never throws and never logs:
 * whatever is posted (a forged body, a field sent twice, not a form at all) gives a page to show.
 *
 * The form is one page of questions after "who"; each submit button says which step it ends:
 *   step=who       "Continue" after choosing who the answers are about -> the questions
 *   step=questions "Continue" after the questions -> check your answers (or the errors)
 *   step=result    "See my result" on check your answers -> the result
 *   step=review    "Change my answers" on a result -> check your answers
 *   change=<id>    a "Change" link on check your answers -> that question, answers kept
 * Safety first: an emergency item in a safety list gives the emergency result at once, whatever
 * else was sent or left out. A result state holds the answers; the page shows `decide(answers)`.
 */
import { firstEmergencyStop, firstGap } from './answers';
import { isAudience, isQuestionId, questions, type QuestionId } from './questions';
import { inputFromFormData, parseAnswers, validAnswers } from './schema';
import type { SelfCheckState } from './stepper';

type Form = { getAll(name: string): unknown[] };

export function checkSubmission(form: unknown): SelfCheckState {
  try {
    if (!isForm(form)) return whoMissing({});
    const input = inputFromFormData(form);
    const given = validAnswers(input);
    if (firstEmergencyStop(input) !== null) return { status: 'result', answers: parseAnswers(input).answers };
    const change = single(form, 'change');
    if (change === 'for') return { status: 'who', answers: given, errors: [] };
    if (isQuestionId(change)) return { status: 'questions', answers: given, errors: [], focus: change };
    if (!isAudience(given.for)) return whoMissing(given);

    const step = single(form, 'step');
    const parsed = parseAnswers(input);
    if (step === 'who' || step === 'review') {
      if (parsed.ok) return { status: 'check', answers: parsed.answers };
      const gap = firstGap(given);
      return {
        status: 'questions',
        answers: given,
        errors: [],
        focus: gap > 0 ? (questions[gap].id as QuestionId) : undefined,
      };
    }
    if (!parsed.ok) return { status: 'questions', answers: parsed.answers, errors: parsed.errors };
    if (step === 'result') return { status: 'result', answers: parsed.answers };
    return { status: 'check', answers: parsed.answers };
  } catch {
    return whoMissing({});
  }
}

function whoMissing(answers: SelfCheckState['answers']): SelfCheckState {
  return { status: 'who', answers, errors: [{ questionId: 'for', message: 'Select who you are answering for' }] };
}

function single(form: Form, name: string): string | null {
  const values = form.getAll(name);
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : null;
}

function isForm(value: unknown): value is Form {
  return typeof value === 'object' && value !== null && typeof (value as { getAll?: unknown }).getAll === 'function';
}
