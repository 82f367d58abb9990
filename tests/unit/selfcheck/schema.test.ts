import { describe, expect, it } from 'vitest';
import { questions, type Answers } from '@/lib/selfcheck/questions';
import {
  firstEmergencyStop,
  inputFromFormData,
  isComplete,
  parseAnswers,
  unknownFieldMessage,
} from '@/lib/selfcheck/schema';
import { allNo } from './helpers';

const without = (answers: Answers, id: string) => {
  const copy = { ...answers } as Record<string, unknown>;
  delete copy[id];
  return copy;
};

describe('parseAnswers', () => {
  it('accepts a full set of answers, for either reader', () => {
    for (const audience of ['self', 'other'] as const) {
      const input = allNo({ 'slip-back': 'not-sure', suicide: ['wish-dead', 'thoughts'] }, audience);
      expect(parseAnswers(input)).toEqual({ ok: true, answers: input });
    }
  });

  it('accepts an emergency item alone, without even "who"', () => {
    for (const input of [{ suicide: ['plan'] }, { for: 'other', suicide: ['none'], danger: ['overdose'] }]) {
      expect(parseAnswers(input)).toEqual({ ok: true, answers: input });
    }
  });

  it('rejects a safety list with no emergency item alone, naming every unanswered question', () => {
    const result = parseAnswers({ for: 'self', suicide: ['thoughts'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.answers).toEqual({ for: 'self', suicide: ['thoughts'] });
    expect(result.errors.map((e) => e.questionId)).toEqual(questions.slice(2).map((q) => q.id));
    expect(result.errors[0].message).toBe(
      'For danger signs right now: select any that are true, or select "No, none of these"',
    );
    expect(result.errors[1].message).toBe('Select yes, no or not sure for: drinking every day');
  });

  it('asks who the answers are for', () => {
    const result = parseAnswers(without(allNo(), 'for'));
    expect(result).toEqual({
      ok: false,
      errors: [{ questionId: 'for', message: 'Select who you are answering for' }],
      answers: without(allNo(), 'for'),
    });
  });

  it('refuses "No, none of these" next to another item (unless that item is an emergency)', () => {
    const result = parseAnswers(allNo({ suicide: ['none', 'wish-dead'] }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        {
          questionId: 'suicide',
          message: 'For thoughts of suicide: select "No, none of these" only if none of the others are true',
        },
      ]);
    expect(parseAnswers(allNo({ danger: ['none', 'voices'] })).ok).toBe(true);
  });

  it('words messages for the person when answering for someone else', () => {
    const result = parseAnswers(without(allNo({}, 'other'), 'unsafe-home'));
    expect(!result.ok && result.errors).toEqual([
      { questionId: 'unsafe-home', message: 'Select yes, no or not sure for: whether their home is safe' },
    ]);
  });

  it('rejects unknown values, with the same message as a missing answer', () => {
    for (const bad of ['maybe', 'YES', 'not sure', '', 1, true, null, ['yes'], { yes: true }]) {
      const input = { ...allNo(), 'slip-back': bad };
      const result = parseAnswers(input);
      expect(result.ok, String(bad)).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toEqual([
        { questionId: 'slip-back', message: 'Select yes, no or not sure for: slipping back without support' },
      ]);
      expect(result.answers).not.toHaveProperty('slip-back');
    }
    for (const bad of [[], ['maybe'], 'none', ['none', 'none'], [1]]) {
      const result = parseAnswers({ ...allNo(), danger: bad });
      expect(!result.ok && result.errors.map((e) => e.questionId), JSON.stringify(bad)).toEqual(['danger']);
    }
  });

  it('rejects unknown questions with one form-level error', () => {
    for (const extra of [{ 'not-a-question': 'yes' }, JSON.parse('{"__proto__": "yes"}'), { constructor: 'no' }]) {
      const input = { ...allNo(), ...extra };
      expect(parseAnswers(input)).toEqual({
        ok: false,
        errors: [{ questionId: null, message: unknownFieldMessage }],
        answers: allNo(),
      });
    }
  });

  it('never lets a problem elsewhere block an emergency item', () => {
    const input = { suicide: ['preparing'], 'slip-back': 'maybe', extra: 1 };
    expect(parseAnswers(input)).toEqual({ ok: true, answers: { suicide: ['preparing'] } });
  });

  it('ignores inherited keys: only own answers count', () => {
    expect(parseAnswers(Object.create({ suicide: ['plan'] })).ok).toBe(false);
  });

  it('handles non-objects and hostile objects without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const throwing = Object.defineProperty({}, 'suicide', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    for (const input of [
      undefined,
      null,
      0,
      'suicide=plan',
      'x'.repeat(1_000_000),
      [],
      ['yes'],
      () => 1,
      Symbol('x'),
      hostile,
      throwing,
    ]) {
      const result = parseAnswers(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toHaveLength(questions.length);
    }
  });
});

describe('firstEmergencyStop and isComplete', () => {
  it('stops at the first safety list with an emergency item', () => {
    expect(firstEmergencyStop({})).toBeNull();
    expect(firstEmergencyStop({ suicide: ['wish-dead', 'thoughts'] })).toBeNull();
    expect(firstEmergencyStop({ suicide: ['intent'] })).toBe('suicide');
    expect(firstEmergencyStop({ suicide: ['none'], danger: ['confusion'] })).toBe('danger');
    expect(firstEmergencyStop(allNo({ 'round-the-clock': 'yes' }))).toBeNull();
  });

  it('says a submission is complete when all are answered or after an emergency stop', () => {
    expect(isComplete({ danger: ['harm-others'] })).toBe(true);
    expect(isComplete({ for: 'self', suicide: ['none'] })).toBe(false);
    expect(isComplete(allNo())).toBe(true);
    expect(isComplete({ ...allNo(), 'unsafe-home': 'maybe' })).toBe(false);
  });
});

describe('inputFromFormData', () => {
  it('reads only question fields; a safety list is a list, another repeated field becomes an invalid list', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('for', 'other');
    form.append('suicide', 'thoughts');
    form.append('daily-alcohol', 'no');
    form.append('daily-alcohol', 'yes');
    expect(inputFromFormData(form)).toEqual({ for: 'other', suicide: ['thoughts'], 'daily-alcohol': ['no', 'yes'] });
    expect(parseAnswers(inputFromFormData(new URLSearchParams('danger=overdose&other=1')))).toEqual({
      ok: true,
      answers: { danger: ['overdose'] },
    });
  });
});
