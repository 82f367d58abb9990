import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  firstEmergencyStop,
  inputFromFormData,
  isComplete,
  parseAnswers,
  questions,
  unknownFieldMessage,
} from '@/lib/selfcheck';
import { allNo } from './helpers';

describe('parseAnswers', () => {
  it('accepts a full set of answers', () => {
    const input = allNo({ 'weekly-not-enough': 'not-sure' });
    expect(parseAnswers(input)).toEqual({ ok: true, answers: input });
    expect(answersSchema.safeParse(input).success).toBe(true);
  });

  it('accepts question 1 alone when it is yes or not sure', () => {
    for (const answer of ['yes', 'not-sure']) {
      expect(parseAnswers({ 'safety-now': answer })).toEqual({ ok: true, answers: { 'safety-now': answer } });
      expect(answersSchema.safeParse({ 'safety-now': answer }).success).toBe(true);
    }
  });

  it('accepts questions 1 and 2 alone when question 2 is yes or not sure', () => {
    const input = { 'safety-now': 'no', 'withdrawal-overdose-now': 'yes' };
    expect(parseAnswers(input)).toEqual({ ok: true, answers: input });
    expect(answersSchema.safeParse(input).success).toBe(true);
  });

  it('rejects question 1 alone when it is no, naming every unanswered question', () => {
    const result = parseAnswers({ 'safety-now': 'no' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.answers).toEqual({ 'safety-now': 'no' });
    expect(result.errors.map((e) => e.questionId)).toEqual(questions.slice(1).map((q) => q.id));
    expect(result.errors[0].message).toBe('Select yes, no or not sure for: danger signs from withdrawal or overdose');
    expect(answersSchema.safeParse({ 'safety-now': 'no' }).success).toBe(false);
  });

  it('rejects a missing answer and keeps the valid ones', () => {
    const input = allNo();
    delete input['unsafe-home'];
    const result = parseAnswers(input);
    expect(result).toEqual({
      ok: false,
      errors: [{ questionId: 'unsafe-home', message: 'Select yes, no or not sure for: whether your home is safe for recovery' }],
      answers: input,
    });
    expect(answersSchema.safeParse(input).success).toBe(false);
  });

  it('rejects unknown values, with the same message as a missing answer', () => {
    for (const bad of ['maybe', 'YES', 'not sure', '', 1, true, null, ['yes'], { yes: true }]) {
      const input = { ...allNo(), 'need-more-support': bad };
      const result = parseAnswers(input);
      expect(result.ok, String(bad)).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toEqual([
        { questionId: 'need-more-support', message: 'Select yes, no or not sure for: needing support several times a week' },
      ]);
      expect(result.answers).not.toHaveProperty('need-more-support');
      expect(answersSchema.safeParse(input).success).toBe(false);
    }
  });

  it('rejects unknown questions with one form-level error', () => {
    for (const extra of [{ 'not-a-question': 'yes' }, JSON.parse('{"__proto__": "yes"}'), { constructor: 'no' }]) {
      const input = { ...allNo(), ...extra };
      const result = parseAnswers(input);
      expect(result).toEqual({ ok: false, errors: [{ questionId: null, message: unknownFieldMessage }], answers: allNo() });
      expect(answersSchema.safeParse(input).success).toBe(false);
    }
  });

  it('never lets a problem elsewhere block an emergency answer', () => {
    const input = { 'safety-now': 'not-sure', 'weekly-not-enough': 'maybe', extra: 1 };
    expect(parseAnswers(input)).toEqual({ ok: true, answers: { 'safety-now': 'not-sure' } });
    expect(answersSchema.safeParse(input).success).toBe(true);
  });

  it('ignores inherited keys: only own answers count', () => {
    const input = Object.create({ 'safety-now': 'yes' });
    expect(parseAnswers(input).ok).toBe(false);
    expect(answersSchema.safeParse(input).success).toBe(false);
  });

  it('handles non-objects and hostile objects without throwing', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    const throwing = Object.defineProperty({}, 'safety-now', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const input of [undefined, null, 0, 'safety-now=yes', 'x'.repeat(1_000_000), [], ['yes'], () => 1, Symbol('x'), hostile, throwing]) {
      const result = parseAnswers(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toHaveLength(questions.length);
      expect(answersSchema.safeParse(input).success).toBe(false);
    }
  });
});

describe('firstEmergencyStop and isComplete', () => {
  it('tells the stepper to stop after question 1 or 2 is yes or not sure', () => {
    expect(firstEmergencyStop({})).toBeNull();
    expect(firstEmergencyStop({ 'safety-now': 'no' })).toBeNull();
    expect(firstEmergencyStop({ 'safety-now': 'yes' })).toBe('safety-now');
    expect(firstEmergencyStop({ 'safety-now': 'not-sure' })).toBe('safety-now');
    expect(firstEmergencyStop({ 'safety-now': 'no', 'withdrawal-overdose-now': 'not-sure' })).toBe('withdrawal-overdose-now');
    expect(firstEmergencyStop(allNo({ 'round-the-clock-support': 'yes' }))).toBeNull();
  });

  it('says a submission is complete when all are answered or after an emergency stop', () => {
    expect(isComplete({ 'safety-now': 'yes' })).toBe(true);
    expect(isComplete({ 'safety-now': 'no' })).toBe(false);
    expect(isComplete(allNo())).toBe(true);
    expect(isComplete({ ...allNo(), 'unsafe-home': 'maybe' })).toBe(false);
  });
});

describe('inputFromFormData', () => {
  it('reads only question fields, and turns a repeated field into an invalid answer', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('safety-now', 'no');
    form.append('withdrawal-overdose-now', 'no');
    form.append('withdrawal-overdose-now', 'yes');
    expect(inputFromFormData(form)).toEqual({ 'safety-now': 'no', 'withdrawal-overdose-now': ['no', 'yes'] });
    const params = new URLSearchParams('safety-now=yes&other=1');
    expect(parseAnswers(inputFromFormData(params))).toEqual({ ok: true, answers: { 'safety-now': 'yes' } });
  });
});
