/**
 * A submitted self-check form, checked on the server. Never throws and never logs: whatever is
 * posted (a forged body, a field sent twice, not a form at all) gives the form back with errors.
 */
import { decide } from './decide';
import { inputFromFormData, parseAnswers } from './schema';
import type { SelfCheckState } from './stepper';

export function checkSubmission(form: unknown): SelfCheckState {
  try {
    const input = isForm(form) ? inputFromFormData(form) : null;
    const parsed = parseAnswers(input);
    if (parsed.ok) return { status: 'result', answers: parsed.answers, result: decide(parsed.answers) };
    return { status: 'invalid', answers: parsed.answers, errors: parsed.errors };
  } catch {
    return checkSubmission(null);
  }
}

function isForm(value: unknown): value is { getAll(name: string): unknown[] } {
  return typeof value === 'object' && value !== null && typeof (value as { getAll?: unknown }).getAll === 'function';
}
