/**
 * The self-check decision: answers in, one result out. Pure: no React, no Next.js, no I/O.
 *
 * Rules (facts file section 13: "the first tier that applies wins"):
 * - Each question triggers its tier when answered "yes" or "not sure".
 * - The highest tier triggered wins; if nothing triggers, the result is weekly outpatient.
 * - An emergency answer wins at once, whatever else was (or was not) answered.
 * - A missing or broken answer (which `parseAnswers` never lets through) counts as "not sure",
 *   so a gap can never lower the level of care.
 */
import { isAnswer, questions, type Answer, type Answers, type Question, type QuestionId } from './questions';
import { firstEmergencyStop } from './answers';
import { higherTier, tierInfo, type Tier } from './tiers';
import {
  disclaimer,
  dontStopSuddenly,
  emergencyDisclaimer,
  medicalEmergencySteps,
  nextStepsByTier,
  safetyCrisisSteps,
  type NextStep,
} from './next-steps';

export interface Result {
  tier: Tier;
  heading: string;
  /** What the result means, ending with the not-a-diagnosis text. */
  summary: string;
  /** One plain sentence per answer that led to this tier. */
  reasons: string[];
  nextSteps: NextStep[];
}

type Given = Answer | 'missing';

export function decide(answers: Answers): Result {
  const given = readAnswers(answers);
  // An emergency stop decides alone: unanswered later questions are not a reason.
  const stopped = firstEmergencyStop(answers ?? {}) !== null;
  const triggered = questions.filter((q) => {
    const a = given.get(q.id);
    return a === 'yes' || a === 'not-sure' || (a === 'missing' && !stopped);
  });

  const tier = triggered.reduce<Tier>((best, q) => higherTier(best, q.tier), 'outpatient');
  const atTier = triggered.filter((q) => q.tier === tier);
  const info = tierInfo(tier);

  return {
    tier,
    heading: info.heading,
    summary: `${info.summary} ${tier === 'emergency' ? emergencyDisclaimer : disclaimer}`,
    reasons:
      atTier.length > 0
        ? atTier.map((q) => reasonFor(q, given.get(q.id) ?? 'missing'))
        : ['You answered no to every question, so none of them pointed to a more intensive program.'],
    nextSteps: stepsFor(tier, new Set(triggered.map((q) => q.id))),
  };
}

/** Own, valid answers only; anything else is 'missing'. Never throws on odd input. */
function readAnswers(answers: Answers): Map<QuestionId, Given> {
  const source: Record<string, unknown> = typeof answers === 'object' && answers !== null ? answers : {};
  return new Map(
    questions.map((q) => {
      const value = Object.hasOwn(source, q.id) ? source[q.id] : undefined;
      return [q.id, isAnswer(value) ? value : 'missing'];
    }),
  );
}

function reasonFor(q: Question, answer: Given): string {
  if (answer === 'yes') return q.reasonYes;
  if (answer === 'not-sure') return q.reasonNotSure;
  return `You did not answer the question about ${q.shortName}, so we counted it as "not sure".`;
}

function stepsFor(tier: Tier, triggered: ReadonlySet<QuestionId>): NextStep[] {
  if (tier === 'emergency') {
    // Withdrawal or overdose signs alone are a medical emergency: 911 first. Otherwise 988 first.
    const medicalOnly = triggered.has('withdrawal-overdose-now') && !triggered.has('safety-now');
    return [...(medicalOnly ? medicalEmergencySteps : safetyCrisisSteps)];
  }
  const steps = [...nextStepsByTier[tier]];
  if (tier === 'twenty-four-hour' && triggered.has('withdrawal-or-medical-care')) {
    steps.splice(1, 0, dontStopSuddenly);
  }
  return steps;
}
