/**
 * Every piece of wording a self-check result can show, each under a key, and the lists `resultView`
 * (outcome.ts) looks them up in. The server renders all of them once (components/selfcheck/result.tsx)
 * and the browser shows the ones an outcome picks, so the browser's script holds no result wording;
 * `decide` reads the same pieces, so the tests of `decide` prove what the page shows.
 * The lists are built by the functions in next-steps.ts, so each rule stays there.
 */
import {
  crisisActions,
  emergencySources,
  emergencySteps,
  ifTheyRefuse,
  nextStepsByTier,
  talkToday,
  unsafeHome,
  withdrawalCaution,
  type NextStep,
  type Notice,
} from './next-steps';
import { kindsKey, type EmergencyKinds, type ResultLists } from './outcome';
import { audiences, signSets, yesNoQuestions } from './questions';
import { selfCheckSources } from './sources';

/** Every combination of what an emergency can be about. */
const everyKinds: EmergencyKinds[] = Array.from({ length: 8 }, (_, bits) => ({
  mentalHealth: (bits & 4) > 0,
  medical: (bits & 2) > 0,
  overdose: (bits & 1) > 0,
}));
const levels = ['twenty-four-hour', 'php', 'iop', 'outpatient'] as const;

const stepLists: Record<string, readonly NextStep[]> = {
  'crisis:true': crisisActions(true),
  'crisis:false': crisisActions(false),
  ...Object.fromEntries(
    audiences.flatMap((a) => everyKinds.map((kinds) => [`now:${a}:${kindsKey(kinds)}`, emergencySteps(a, kinds)])),
  ),
  ...Object.fromEntries(
    audiences.flatMap((a) => levels.map((tier) => [`next:${a}:${tier}`, nextStepsByTier[tier][a]])),
  ),
};

/** Each step once: a line that several lists share (the same object) has one key. */
const stepKeys = new Map<NextStep, string>();
for (const step of Object.values(stepLists).flat()) if (!stepKeys.has(step)) stepKeys.set(step, `s${stepKeys.size}`);
const keyOf = (step: NextStep) => stepKeys.get(step) as string;

export const stepsByKey: ReadonlyMap<string, NextStep> = new Map([...stepKeys].map(([step, key]) => [key, step]));

/** The steps a kind of list can show ('crisis' buttons, emergency steps 'now', steps 'next'), each once. */
export function stepsOf(kind: 'crisis' | 'now' | 'next'): [string, NextStep][] {
  const steps = new Set(Object.entries(stepLists).flatMap(([name, list]) => (name.startsWith(`${kind}:`) ? list : [])));
  return [...steps].map((step) => [keyOf(step), step]);
}

/** The boxes a result can show, by `<notice>:<audience>` (what to do if they refuse help is for someone else only). */
const byAudience = { 'talk-today': talkToday, 'withdrawal-caution': withdrawalCaution, 'unsafe-home': unsafeHome };
export const resultNotices: ReadonlyMap<string, Notice> = new Map([
  ...audiences.flatMap((a) => Object.entries(byAudience).map(([id, notice]) => [`${id}:${a}`, notice[a]] as const)),
  ['if-they-refuse:other', ifTheyRefuse],
]);

const notAnswered = (shortName: string) =>
  `You did not answer the question about ${shortName}, so we counted it as "not sure".`;

/** One sentence per reason key of an outcome, by `<audience>:<reason>`. */
export const reasonTexts: ReadonlyMap<string, string> = new Map(
  audiences.flatMap((a) => [
    ...signSets.flatMap((set) => [
      ...set.options.map((o) => [`${a}:${set.id}=${o.id}`, o.text[a].reason] as const),
      [`${a}:${set.id}=missing`, notAnswered(set.text[a].shortName)] as const,
    ]),
    ...yesNoQuestions.flatMap((q) => [
      [`${a}:${q.id}=yes`, q.text[a].reasonYes] as const,
      [`${a}:${q.id}=not-sure`, q.text[a].reasonNotSure] as const,
      [`${a}:${q.id}=missing`, notAnswered(q.text[a].shortName)] as const,
    ]),
    [`${a}:all-no`, 'You answered no to every question, so none of them pointed to a more intensive program.'] as const,
    [
      `${a}:none-higher`,
      'None of your answers about care pointed to a more intensive program than weekly therapy.',
    ] as const,
  ]),
);

export const resultLists: ResultLists = {
  ...Object.fromEntries(Object.entries(stepLists).map(([name, steps]) => [name, steps.map(keyOf)])),
  ...Object.fromEntries(everyKinds.map((kinds) => [`sources-now:${kindsKey(kinds)}`, emergencySources(kinds)])),
  ...Object.fromEntries([...resultNotices].map(([key, notice]) => [`sources:${key}`, notice.sources])),
  sources: Object.keys(selfCheckSources),
};
