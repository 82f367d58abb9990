/**
 * The self-check decision: answers in, one result out. Pure: no React, no Next.js, no I/O.
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
import { audienceOf, firstEmergencyStop, selectedOptions, valueOf } from './answers';
import {
  emergencyDisclaimer,
  disclaimer,
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
import { isAnswer, signSets, yesNoQuestions, type Answers, type SourceKey, type YesNoQuestion } from './questions';
import { isSelfCheckSourceId, type SelfCheckSourceId } from './sources';
import { higherTier, tierInfo, type Tier } from './tiers';

export interface Result {
  audience: 'self' | 'other';
  tier: Tier;
  heading: string;
  /** What the result means. */
  summary: string;
  /** The not-a-diagnosis text (no insurers on the emergency result). */
  disclaimer: string;
  /** One plain sentence per answer that led to this result. */
  reasons: string[];
  /** Emergency only: the three short buttons directly under the heading. */
  crisisActions: NextStep[];
  nextSteps: NextStep[];
  /** Boxes shown with the result, in this order: talk today (above the level of care), then the cautions. */
  notices: Notice[];
  /** The named sources behind this result's advice, for the reader. */
  sources: SelfCheckSourceId[];
}

export function decide(answers: Answers): Result {
  const audience = audienceOf(answers);
  const stopped = firstEmergencyStop(answers) !== null;

  const emergencyReasons: string[] = [];
  const talkReasons: string[] = [];
  const cited: SourceKey[] = [];
  const kinds = { mentalHealth: false, medical: false, overdose: false };
  let talk = false;
  for (const set of signSets) {
    const picked = selectedOptions(set, valueOf(answers, set.id));
    if (picked === 'missing') {
      if (stopped) continue;
      kinds.mentalHealth = true;
      talk ||= set.id === 'suicide';
      emergencyReasons.push(`You did not answer the question about ${set.text[audience].shortName}, so we counted it as "not sure".`);
      continue;
    }
    for (const option of picked) {
      cited.push(...option.sources);
      if (option.emergency === null) {
        talk = true;
        talkReasons.push(option.text[audience].reason);
      } else {
        emergencyReasons.push(option.text[audience].reason);
        if (option.emergency === 'medical') kinds.medical = true;
        else kinds.mentalHealth = true;
        if ('overdose' in option && option.overdose) kinds.overdose = true;
      }
    }
  }
  const emergency = emergencyReasons.length > 0;
  // Thoughts of suicide next to a medical emergency: 911 first, and the 988 steps too.
  if (talk) kinds.mentalHealth = true;

  const triggered: YesNoQuestion[] = (yesNoQuestions as readonly YesNoQuestion[]).filter((q) => {
    const a = valueOf(answers, q.id);
    return a === 'yes' || a === 'not-sure' || (!isAnswer(a) && !stopped);
  });
  for (const q of triggered) cited.push(...q.sources);
  const tier: Tier = emergency
    ? 'emergency'
    : triggered.reduce<Tier>((best, q) => (q.tier ? higherTier(best, q.tier) : best), 'outpatient');

  const notices: Notice[] = [];
  if (talk && !emergency) notices.push(talkToday[audience]);
  if (triggered.some((q) => q.notice === 'withdrawal-caution')) notices.push(withdrawalCaution[audience]);
  if (triggered.some((q) => q.notice === 'unsafe-home')) notices.push(unsafeHome[audience]);
  if (audience === 'other') notices.push(ifTheyRefuse);

  const text = tierInfo(tier).text[audience];
  const sources = [...(emergency ? emergencySources(kinds) : []), ...cited, ...notices.flatMap((n) => n.sources)];
  return {
    audience,
    tier,
    heading: text.heading,
    summary: text.summary,
    disclaimer: emergency ? emergencyDisclaimer : disclaimer,
    reasons: emergency ? emergencyReasons : [...talkReasons, ...tierReasons(tier, triggered, talkReasons.length > 0, answers, audience)],
    crisisActions: emergency ? crisisActions(kinds.medical) : [],
    nextSteps: emergency ? emergencySteps(audience, kinds) : [...nextStepsByTier[tier === 'emergency' ? 'outpatient' : tier][audience]],
    notices,
    sources: [...new Set(sources.filter(isSelfCheckSourceId))],
  };
}

function tierReasons(tier: Tier, triggered: readonly YesNoQuestion[], talk: boolean, answers: Answers, audience: 'self' | 'other'): string[] {
  const atTier = triggered.filter((q) => q.tier === tier);
  if (atTier.length > 0) return atTier.map((q) => reasonFor(q, valueOf(answers, q.id), audience));
  if (!talk && triggered.length === 0) return ['You answered no to every question, so none of them pointed to a more intensive program.'];
  return ['None of your answers about care pointed to a more intensive program than weekly therapy.'];
}

function reasonFor(q: YesNoQuestion, answer: unknown, audience: 'self' | 'other'): string {
  if (answer === 'yes') return q.text[audience].reasonYes;
  if (answer === 'not-sure') return q.text[audience].reasonNotSure;
  return `You did not answer the question about ${q.text[audience].shortName}, so we counted it as "not sure".`;
}
