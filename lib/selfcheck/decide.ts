/**
 * The self-check result in words: the decision (outcome.ts, where its rules are written down) with
 * the wording it picks (result-parts.ts). Pure: no React, no Next.js, no I/O. The page shows exactly
 * these pieces, so every test of `decide` is a test of what a reader is told.
 */
import type { FigureSource } from '../care-levels';
import type { NextStep, Notice } from './next-steps';
import { disclaimer, emergencyDisclaimer } from './next-steps';
import { decideOutcome, resultView } from './outcome';
import { questions, type Answers } from './questions';
import { reasonTexts, resultLists, resultNotices, stepsByKey } from './result-parts';
import type { SelfCheckSourceId } from './sources';
import { tierInfo, type Tier } from './tiers';

export interface Result {
  audience: 'self' | 'other';
  tier: Tier;
  heading: string;
  /** What the result means. */
  summary: string;
  /** Where the summary's hours a week come from (IOP and PHP: Medicare), shown under it. */
  hoursSource?: FigureSource;
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
  const outcome = decideOutcome(questions, answers);
  const { lists } = resultView(outcome, resultLists);
  const { audience, tier } = outcome;
  const { text: byAudience, hoursSource } = tierInfo(tier);
  const text = byAudience[audience];
  return {
    audience,
    tier,
    heading: text.heading,
    summary: text.summary,
    ...(hoursSource ? { hoursSource } : {}),
    disclaimer: tier === 'emergency' ? emergencyDisclaimer : disclaimer,
    reasons: lists.reasons.map((key) => wording(reasonTexts, key)),
    crisisActions: lists.crisis.map((key) => wording(stepsByKey, key)),
    nextSteps: lists.steps.map((key) => wording(stepsByKey, key)),
    notices: outcome.notices.map((id) => wording(resultNotices, `${id}:${audience}`)),
    sources: lists.sources as SelfCheckSourceId[],
  };
}

function wording<T>(pieces: ReadonlyMap<string, T>, key: string): T {
  const piece = pieces.get(key);
  if (piece === undefined) throw new Error(`The self-check has no wording for "${key}"`);
  return piece;
}
