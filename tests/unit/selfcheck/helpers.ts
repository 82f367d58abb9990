import {
  answerValues,
  signSets,
  yesNoQuestions,
  type Answer,
  type Answers,
  type Audience,
} from '@/lib/selfcheck/questions';
import { tierOrder, type Tier } from '@/lib/selfcheck/tiers';

export const yesNoIds = yesNoQuestions.map((q) => q.id);
export const optionIds = (setId: string) => signSets.find((s) => s.id === setId)!.options.map((o) => o.id);
export const emergencyOptions = signSets.flatMap((s) =>
  s.options.filter((o) => o.emergency !== null).map((o) => ({ set: s.id, option: o.id })),
);
export const talkOptions = signSets.flatMap((s) =>
  s.options.filter((o) => o.emergency === null).map((o) => ({ set: s.id, option: o.id })),
);

/** A complete set of answers: "none" to both safety lists, "no" to every question, with overrides. */
export function allNo(overrides: Partial<Record<string, unknown>> = {}, audience: Audience = 'self'): Answers {
  return {
    for: audience,
    ...Object.fromEntries(signSets.map((s) => [s.id, ['none']])),
    ...Object.fromEntries(yesNoIds.map((id) => [id, 'no' as Answer])),
    ...overrides,
  } as Answers;
}

/** Every combination of answers to the yes / no / not sure questions (3^11), as arrays in question order. */
export function* everyYesNoCombination(): Generator<Answer[]> {
  const n = yesNoIds.length;
  const total = answerValues.length ** n;
  for (let i = 0; i < total; i++) {
    const combo: Answer[] = [];
    let rest = i;
    for (let k = 0; k < n; k++) {
      combo.push(answerValues[rest % 3]);
      rest = Math.floor(rest / 3);
    }
    yield combo;
  }
}

/** Every answer a safety list can have: "none", or any non-empty set of its items (2^6 - 1). */
export function everySignAnswer(setId: string): string[][] {
  const ids = optionIds(setId);
  const out: string[][] = [['none']];
  for (let mask = 1; mask < 2 ** ids.length; mask++) out.push(ids.filter((_, k) => mask & (1 << k)));
  return out;
}

export function withYesNo(combo: readonly Answer[], base: Answers = allNo()): Answers {
  return { ...base, ...Object.fromEntries(yesNoIds.map((id, k) => [id, combo[k]])) } as Answers;
}

/** Independent oracle: the highest tier among level-of-care questions answered yes / not sure. */
export function expectedTier(combo: readonly Answer[]): Tier {
  let best: Tier = 'outpatient';
  yesNoQuestions.forEach((q, k) => {
    if (combo[k] !== 'no' && q.tier !== null && tierOrder(q.tier) < tierOrder(best)) best = q.tier;
  });
  return best;
}
