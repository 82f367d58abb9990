import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, type Result } from '@/lib/selfcheck/decide';
import {
  answerValues,
  audiences,
  questionIds,
  signSets,
  yesNoQuestions,
  type Answer,
  type Answers,
} from '@/lib/selfcheck/questions';
import { isComplete, parseAnswers } from '@/lib/selfcheck/schema';
import { tierOrder } from '@/lib/selfcheck/tiers';
import {
  allNo,
  emergencyOptions,
  everySignAnswer,
  everyYesNoCombination,
  expectedTier,
  withYesNo,
  yesNoIds,
} from './helpers';

const emergencyIds: ReadonlySet<string> = new Set(emergencyOptions.map((o) => o.option));
const talkIds = new Set(['wish-dead', 'thoughts']);
const hasTalkToday = (r: Result) => r.notices[0]?.id === 'talk-today';
const hasCaution = (r: Result) => r.notices.some((n) => n.id === 'withdrawal-caution');
const noticeIds = (r: Result) => r.notices.map((n) => n.id);
const dailyUse = yesNoIds.flatMap((id, k) => (id === 'daily-alcohol' || id === 'daily-sedatives' ? [k] : []));

/** The talk-today rule, (b): the box first on every non-emergency result; 988 call and text buttons first on the emergency one. */
function toldToTalkToday(r: Result): boolean {
  if (r.tier !== 'emergency') return hasTalkToday(r);
  const first = r.crisisActions.map((a) => a.href);
  return (
    first.includes('tel:988') &&
    first.includes('sms:988') &&
    r.nextSteps.some((s) => s.href === 'https://988lifeline.org')
  );
}

const signAnswers = { suicide: everySignAnswer('suicide'), danger: everySignAnswer('danger') };

describe('every combination of the safety lists (exhaustive: 64 x 64 x 2 audiences)', () => {
  it('(a) any plan, intent, preparation, attempt, harm, voices, withdrawal, overdose or medical danger gives the emergency result', () => {
    let count = 0;
    for (const audience of audiences) {
      for (const suicide of signAnswers.suicide) {
        for (const danger of signAnswers.danger) {
          const result = decide(allNo({ suicide, danger }, audience));
          const emergency = [...suicide, ...danger].some((id) => emergencyIds.has(id));
          expect(result.tier === 'emergency').toBe(emergency);
          if (emergency) {
            expect(result.crisisActions).toHaveLength(3);
            expect(result.disclaimer).not.toMatch(/insur/i);
            if (danger.includes('overdose')) expect(result.nextSteps.some((s) => /naloxone/i.test(s.text))).toBe(true);
          }
          // (b) thoughts of suicide or a wish to be dead: told to talk to someone today, whatever the result.
          if (suicide.some((id) => talkIds.has(id))) expect(toldToTalkToday(result)).toBe(true);
          else expect(hasTalkToday(result)).toBe(false);
          count++;
        }
      }
    }
    expect(count).toBe(2 * 64 * 64);
  });
});

describe(`every combination of the yes / no / not sure questions (exhaustive: 3^${yesNoIds.length} = ${3 ** yesNoIds.length})`, () => {
  // Plain checks in the loops (expect() is slow at this count); each failure is reported with its answers.
  it('gives the highest tier triggered, the withdrawal caution (c), and the talk-today box (b) above it', () => {
    const failures: string[] = [];
    let count = 0;
    for (const combo of everyYesNoCombination()) {
      const result = decide(withYesNo(combo));
      const withThoughts = decide(withYesNo(combo, allNo({ suicide: ['thoughts'] })));
      const problems = [
        result.tier !== expectedTier(combo) && `tier ${result.tier}, expected ${expectedTier(combo)}`,
        // (c) daily alcohol or sedatives, yes or not sure: "Do not stop suddenly" on the result.
        hasCaution(result) !== dailyUse.some((k) => combo[k] !== 'no') && 'withdrawal caution wrong',
        withThoughts.tier !== result.tier && 'thoughts of suicide changed the level of care',
        !hasTalkToday(withThoughts) && 'no talk-today box first',
        noticeIds(withThoughts).slice(1).join() !== noticeIds(result).join() && 'talk-today replaced another notice',
      ].filter(Boolean);
      if (problems.length > 0) failures.push(`${combo.join(',')}: ${problems.join('; ')}`);
      count++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(count).toBe(3 ** yesNoIds.length);
  });

  it('(d) "not sure" never lowers care: any "no" raised to "not sure" keeps or raises the tier and keeps every notice', () => {
    const failures: string[] = [];
    for (const combo of everyYesNoCombination()) {
      const before = decide(withYesNo(combo));
      combo.forEach((answer, k) => {
        if (answer !== 'no') return;
        const after = decide(withYesNo(combo.with(k, 'not-sure')));
        if (tierOrder(after.tier) > tierOrder(before.tier))
          failures.push(`${yesNoIds[k]}: no -> not sure lowered the tier for ${combo.join(',')}`);
        for (const id of noticeIds(before))
          if (!noticeIds(after).includes(id)) failures.push(`${yesNoIds[k]}: no -> not sure removed ${id}`);
      });
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('treats "not sure" exactly like "yes" for the tier and the notices', () => {
    const failures: string[] = [];
    for (const combo of everyYesNoCombination()) {
      const [a, b] = [decide(withYesNo(combo)), decide(withYesNo(combo.map((x) => (x === 'not-sure' ? 'yes' : x))))];
      if (a.tier !== b.tier || noticeIds(a).join() !== noticeIds(b).join()) failures.push(combo.join(','));
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

const answerArb = fc.constantFrom<Answer>(...answerValues);
const signArb = (setId: 'suicide' | 'danger') => fc.constantFrom(...signAnswers[setId]);
const fullArb = fc.record({
  audience: fc.constantFrom(...audiences),
  suicide: signArb('suicide'),
  danger: signArb('danger'),
  combo: fc.array(answerArb, { minLength: yesNoIds.length, maxLength: yesNoIds.length }),
});
const toAnswers = ({
  audience,
  suicide,
  danger,
  combo,
}: {
  audience: 'self' | 'other';
  suicide: string[];
  danger: string[];
  combo: Answer[];
}): Answers => withYesNo(combo, allNo({ suicide, danger }, audience));

describe('fast-check properties over every question at once', () => {
  it('(a)-(d) hold together, for both audiences', () => {
    fc.assert(
      fc.property(fullArb, (input) => {
        const result = decide(toAnswers(input));
        const emergency = [...input.suicide, ...input.danger].some((id) => emergencyIds.has(id));
        expect(result.tier === 'emergency').toBe(emergency);
        if (input.suicide.some((id) => talkIds.has(id))) expect(toldToTalkToday(result)).toBe(true);
        expect(hasCaution(result)).toBe(dailyUse.some((k) => input.combo[k] !== 'no'));
        expect(result.notices.some((n) => n.id === 'if-they-refuse')).toBe(input.audience === 'other');
        if (!emergency) expect(result.tier).toBe(expectedTier(input.combo));
      }),
      { numRuns: 3000 },
    );
  });

  it('selecting one more item never lowers care', () => {
    fc.assert(
      fc.property(
        fullArb,
        fc.constantFrom(...signSets.flatMap((s) => s.options.map((o) => [s.id, o.id] as const))),
        (input, [setId, optionId]) => {
          const before = decide(toAnswers(input));
          const list = (input[setId] as string[]).filter((id) => id !== 'none');
          const after = decide(toAnswers({ ...input, [setId]: [...new Set([...list, optionId])] }));
          expect(tierOrder(after.tier)).toBeLessThanOrEqual(tierOrder(before.tier));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('any emergency item yields the emergency result, whatever else is answered, missing or broken', () => {
    const junk = fc.oneof(
      fc.constantFrom<unknown>(...answerValues, 'maybe', '', null, 1, ['none'], ['x']),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...emergencyOptions),
        fc.dictionary(fc.constantFrom(...questionIds), junk),
        ({ set, option }, rest) => {
          const answers = { ...rest, [set]: [option] } as Answers;
          expect(decide(answers).tier).toBe('emergency');
          expect(parseAnswers(answers).ok).toBe(true);
        },
      ),
    );
  });

  it('parseAnswers accepts every complete combination unchanged', () => {
    fc.assert(
      fc.property(fullArb, (input) => {
        expect(parseAnswers(toAnswers(input))).toEqual({ ok: true, answers: toAnswers(input) });
      }),
      { numRuns: 1000 },
    );
  });

  it('parseAnswers never throws on anything, and accepts only answers that are enough for a result', () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
        (input) => {
          const result = parseAnswers(input);
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) expect(isComplete(input as Record<string, unknown>)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parseAnswers keeps every valid answer on near-valid forms, with a plain message per problem', () => {
    const value = fc.oneof(
      fc.constantFrom<unknown>(...answerValues, 'self', 'other'),
      fc.constantFrom<unknown>('maybe', '', null, 1, ['none'], ['wish-dead', 'none'], ['plan'], ['thoughts']),
    );
    const key = fc.oneof(
      fc.constantFrom(...questionIds),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'extra'),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 16 }), (input) => {
        const result = parseAnswers(input);
        for (const q of yesNoQuestions) {
          const given = Object.hasOwn(input, q.id) ? input[q.id] : undefined;
          if (answerValues.includes(given as Answer)) expect(result.answers[q.id as keyof Answers]).toBe(given);
        }
        if (!result.ok)
          for (const e of result.errors) expect(e.message).toMatch(/^Select |^For .*: select |^The form sent/);
      }),
      { numRuns: 2000 },
    );
  });
});
