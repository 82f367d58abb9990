import { answerValues, questions, tierOrder, type Answer, type Answers, type Tier } from '@/lib/selfcheck';

export const ids = questions.map((q) => q.id);

/** Every question answered "no", with some overrides. */
export function allNo(overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, 'no' as Answer])), ...overrides };
}

/** Every combination of answers (3^9), as arrays in question order. */
export function* everyCombination(): Generator<Answer[]> {
  const n = ids.length;
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

export function toAnswers(combo: readonly Answer[]): Answers {
  return Object.fromEntries(ids.map((id, k) => [id, combo[k]])) as Answers;
}

/** Independent oracle: the highest tier among questions answered yes / not sure. */
export function expectedTier(combo: readonly Answer[]): Tier {
  let best: Tier = 'outpatient';
  questions.forEach((q, k) => {
    if (combo[k] !== 'no' && tierOrder(q.tier) < tierOrder(best)) best = q.tier;
  });
  return best;
}
