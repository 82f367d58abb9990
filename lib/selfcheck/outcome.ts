/**
 * The self-check decision: answers in, one outcome out. Pure: no React, no Next.js, no I/O, and no
 * words (decide.ts puts an outcome into words; the browser shows the server-rendered words it picks).
 *
 * Rules, in order of precedence:
 * 1. Emergency. Any safety item that cannot wait (intent, a plan, preparing, an attempt in the past
 *    3 months: the C-SSRS screener's "most worrisome answers" [cssrs-triage]; harm to others, voices,
 *    withdrawal, overdose, medical danger signs: signs.ts) gives the emergency result at once,
 *    whatever else was (or was not) answered. Medical danger puts "Call 911" first.
 * 2. Talk to someone today. A wish to be dead or thoughts of suicide in the past month, with no
 *    emergency item (the screener's lower-risk answers, which need a professional and crisis lines
 *    [cssrs-triage]), adds the "Talk to someone today" box ABOVE the level of care, never instead of it.
 * 3. Level of care. Each level-of-care question triggers its tier when answered "yes" or "not sure";
 *    the highest tier triggered wins ("the first tier that applies wins", facts file section 13);
 *    with none, the result is weekly outpatient therapy.
 * 4. Notices on every result: daily alcohol or sedatives -> "Do not stop suddenly"; an unsafe home ->
 *    the National Domestic Violence Hotline; answering for someone else -> what to do if they refuse help.
 * A missing or broken answer (which `parseAnswers` never lets through) counts as "not sure", so a gap
 * can never lower the level of care; after an emergency stop, unanswered later questions are no reason.
 */
import type { Answers, Audience, SourceKey } from './questions';
import {
  audienceOf,
  firstEmergencyStop,
  higherTier,
  isAnswer,
  selectedOptions,
  valueOf,
  type QuestionRule,
  type Tier,
} from './rules';

export type NoticeId = 'talk-today' | 'withdrawal-caution' | 'unsafe-home' | 'if-they-refuse';

/** What an emergency is about: it decides the order of the crisis buttons, the steps and their sources. */
export interface EmergencyKinds {
  mentalHealth: boolean;
  medical: boolean;
  overdose: boolean;
}

export interface Outcome {
  audience: Audience;
  tier: Tier;
  kinds: EmergencyKinds;
  /**
   * Why, one key per sentence, in order: `<list>=<item>` for a safety item, `<question>=yes` or
   * `=not-sure`, `<question>=missing` for a gap, or 'all-no' / 'none-higher' (see decide.ts).
   */
  reasons: string[];
  /** Boxes shown with the result, in this order: talk today (above the level of care), then the cautions. */
  notices: NoticeId[];
  /** The sources of the answers given, in order, repeats included (decide.ts keeps the named ones once). */
  cited: SourceKey[];
}

export function decideOutcome(questions: readonly QuestionRule[], answers: Answers): Outcome {
  const audience = audienceOf(answers);
  const stopped = firstEmergencyStop(questions, answers) !== null;

  const emergencyReasons: string[] = [];
  const talkReasons: string[] = [];
  const cited: SourceKey[] = [];
  const kinds: EmergencyKinds = { mentalHealth: false, medical: false, overdose: false };
  let talk = false;
  for (const set of questions) {
    if (set.kind !== 'signs') continue;
    const picked = selectedOptions(set, valueOf(answers, set.id));
    if (picked === 'missing') {
      if (stopped) continue;
      kinds.mentalHealth = true;
      talk ||= set.id === 'suicide';
      emergencyReasons.push(`${set.id}=missing`);
      continue;
    }
    for (const option of picked) {
      cited.push(...option.sources);
      if (option.emergency === null) {
        talk = true;
        talkReasons.push(`${set.id}=${option.id}`);
      } else {
        emergencyReasons.push(`${set.id}=${option.id}`);
        if (option.emergency === 'medical') kinds.medical = true;
        else kinds.mentalHealth = true;
        if (option.overdose) kinds.overdose = true;
      }
    }
  }
  const emergency = emergencyReasons.length > 0;
  // Thoughts of suicide next to a medical emergency: 911 first, and the 988 steps too.
  if (talk) kinds.mentalHealth = true;

  const triggered = questions.flatMap((q) => {
    if (q.kind !== 'yes-no') return [];
    const a = valueOf(answers, q.id);
    const answer = a === 'yes' || a === 'not-sure' ? a : !isAnswer(a) && !stopped ? 'missing' : null;
    return answer === null ? [] : [{ q, answer }];
  });
  for (const { q } of triggered) cited.push(...q.sources);
  const tier: Tier = emergency
    ? 'emergency'
    : triggered.reduce<Tier>((best, { q }) => (q.tier ? higherTier(best, q.tier) : best), 'outpatient');

  const notices: NoticeId[] = [];
  if (talk && !emergency) notices.push('talk-today');
  if (triggered.some(({ q }) => q.notice === 'withdrawal-caution')) notices.push('withdrawal-caution');
  if (triggered.some(({ q }) => q.notice === 'unsafe-home')) notices.push('unsafe-home');
  if (audience === 'other') notices.push('if-they-refuse');

  const atTier = triggered.filter(({ q }) => q.tier === tier).map(({ q, answer }) => `${q.id}=${answer}`);
  const tierReasons =
    atTier.length > 0 ? atTier : talkReasons.length === 0 && triggered.length === 0 ? ['all-no'] : ['none-higher'];
  return {
    audience,
    tier,
    kinds,
    reasons: emergency ? emergencyReasons : [...talkReasons, ...tierReasons],
    notices,
    cited,
  };
}

/**
 * The lists a result is made of, precomputed on the server from the worded steps and notices
 * (result-parts.ts) and looked up by `resultView`: `crisis:<medical>`, `now:<audience>:<kinds>`,
 * `next:<audience>:<tier>` (step ids), `sources-now:<kinds>`, `sources:<notice>:<audience>` and
 * `sources` (every named source).
 */
export type ResultLists = Readonly<Record<string, readonly string[]>>;

export interface ResultView {
  /** The parts shown: `tier:<tier>`, `tier:<tier>:<audience>`, `<notice>:<audience>`, 'emergency' or 'not-emergency', 'sources'. */
  parts: string[];
  /** What each list shows, in order: crisis buttons and steps (ids), reasons (`<audience>:<reason>`), source ids. */
  lists: { crisis: readonly string[]; steps: readonly string[]; reasons: string[]; sources: string[] };
}

export const kindsKey = (kinds: EmergencyKinds) => `${+kinds.mentalHealth}${+kinds.medical}${+kinds.overdose}`;

/** Which of the result's server-rendered parts an outcome shows, and in what order. */
export function resultView(outcome: Outcome, lists: ResultLists): ResultView {
  const { audience: a, tier, kinds, notices } = outcome;
  const emergency = tier === 'emergency';
  const list = (key: string) => lists[key] ?? [];
  const named = new Set(list('sources'));
  const cited = [
    ...(emergency ? list(`sources-now:${kindsKey(kinds)}`) : []),
    ...outcome.cited,
    ...notices.flatMap((n) => list(`sources:${n}:${a}`)),
  ];
  const sources = [...new Set(cited.filter((id) => named.has(id)))];
  return {
    parts: [
      `tier:${tier}`,
      `tier:${tier}:${a}`,
      emergency ? 'emergency' : 'not-emergency',
      ...notices.map((n) => `${n}:${a}`),
      ...(sources.length > 0 ? ['sources'] : []),
    ],
    lists: {
      crisis: emergency ? list(`crisis:${kinds.medical}`) : [],
      steps: list(emergency ? `now:${a}:${kindsKey(kinds)}` : `next:${a}:${tier}`),
      reasons: outcome.reasons.map((r) => `${a}:${r}`),
      sources,
    },
  };
}
