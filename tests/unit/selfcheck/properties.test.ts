import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  answerValues,
  decide,
  parseAnswers,
  questions,
  tierOrder,
  type Answer,
} from '@/lib/selfcheck';
import { everyCombination, expectedTier, ids, toAnswers } from './helpers';

const SAFETY = 0; // index of question 1
const WITHDRAWAL = 1; // index of question 2

const comboArb = fc.array(fc.constantFrom<Answer>(...answerValues), { minLength: ids.length, maxLength: ids.length });

describe('every combination of answers (exhaustive, 3^9 = 19683)', () => {
  it('gives the highest tier triggered, and Emergency whenever question 1 or 2 is yes / not sure', () => {
    let count = 0;
    for (const combo of everyCombination()) {
      const result = decide(toAnswers(combo));
      expect(result.tier).toBe(expectedTier(combo));
      if (combo[SAFETY] !== 'no' || combo[WITHDRAWAL] !== 'no') expect(result.tier).toBe('emergency');
      const triggeringAtTier = questions.filter((q, k) => combo[k] !== 'no' && q.tier === result.tier).length;
      expect(result.reasons).toHaveLength(Math.max(1, triggeringAtTier));
      expect(result.summary).toContain('This check is not a diagnosis.');
      if (result.tier === 'emergency') expect(result.nextSteps.some((s) => s.href === 'tel:988')).toBe(true);
      count++;
    }
    expect(count).toBe(3 ** 9);
  });

  it('never lowers the tier when any "no" becomes "not sure" (or "yes")', () => {
    for (const combo of everyCombination()) {
      const before = tierOrder(decide(toAnswers(combo)).tier);
      combo.forEach((answer, k) => {
        if (answer !== 'no') return;
        for (const raised of ['not-sure', 'yes'] as const) {
          const changed = combo.with(k, raised);
          if (tierOrder(decide(toAnswers(changed)).tier) > before) {
            throw new Error(`${ids[k]}: no -> ${raised} lowered the tier for ${combo.join(',')}`);
          }
        }
      });
    }
  });

  it('treats "not sure" exactly like "yes" for the tier', () => {
    for (const combo of everyCombination()) {
      const asYes = combo.map((a) => (a === 'not-sure' ? 'yes' : a));
      expect(decide(toAnswers(combo)).tier).toBe(decide(toAnswers(asYes)).tier);
    }
  });
});

describe('fast-check properties', () => {
  it('any safety yes / not sure yields Emergency, whatever else is answered or missing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Answer>('yes', 'not-sure'),
        fc.dictionary(fc.constantFrom(...ids.slice(1)), fc.constantFrom<Answer>(...answerValues)),
        (safety, rest) => {
          const answers = { ...rest, 'safety-now': safety };
          expect(decide(answers).tier).toBe('emergency');
          expect(parseAnswers(answers).ok).toBe(true);
        },
      ),
    );
  });

  it('replacing a "no" with "not sure" never gives a lower tier', () => {
    fc.assert(
      fc.property(comboArb, fc.nat(ids.length - 1), (combo, k) => {
        fc.pre(combo[k] === 'no');
        const before = tierOrder(decide(toAnswers(combo)).tier);
        const after = tierOrder(decide(toAnswers(combo.with(k, 'not-sure'))).tier);
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('parseAnswers accepts every complete combination unchanged', () => {
    fc.assert(
      fc.property(comboArb, (combo) => {
        expect(parseAnswers(toAnswers(combo))).toEqual({ ok: true, answers: toAnswers(combo) });
      }),
    );
  });

  it('parseAnswers never throws on anything, and agrees with answersSchema', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }), (input) => {
        const result = parseAnswers(input);
        expect(typeof result.ok).toBe('boolean');
        expect(answersSchema.safeParse(input).success).toBe(result.ok);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseAnswers agrees with answersSchema on near-valid forms (missing, broken and extra fields)', () => {
    const value = fc.oneof(fc.constantFrom<unknown>(...answerValues), fc.constantFrom<unknown>('maybe', '', null, 1, ['yes']));
    const key = fc.oneof(fc.constantFrom(...ids), fc.constantFrom('__proto__', 'constructor', 'toString', 'extra'));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 14 }), (input) => {
        const result = parseAnswers(input);
        expect(answersSchema.safeParse(input).success).toBe(result.ok);
        // Valid answers given are always kept, so the form can show them again.
        for (const id of ids) {
          const given = Object.hasOwn(input, id) ? input[id] : undefined;
          if (answerValues.includes(given as Answer)) expect(result.answers[id as keyof typeof result.answers]).toBe(given);
        }
        if (!result.ok) {
          for (const e of result.errors) expect(e.message).toMatch(/^Select yes, no or not sure for: |^The form sent/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
