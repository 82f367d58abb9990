/**
 * The five levels of care the self-check can point to, highest first.
 * Order matters (`tierIds`, rules.ts): the decision picks the highest tier that any answer triggers.
 * Text is plain language (aim: grade 6-8), for a reader answering for themselves (`self`) or for
 * someone else (`other`). The hours of IOP (at least 9 a week) and PHP (at least 20) are Medicare's
 * descriptions, and the result names Medicare under the summary (`hoursSource`). Hours for teens are
 * left out: no primary source for them was checked.
 */

import { medicareIopSource, medicarePhpSource, type FigureSource } from '../care-levels';
import { type Tier, higherTier, tierIds } from './rules';

export { higherTier, tierIds, type Tier };

export interface TierText {
  /** Heading shown at the top of the result. */
  heading: string;
  /** What this result means, in one to three plain sentences. */
  summary: string;
}

export interface TierInfo {
  id: Tier;
  /** 1 = highest level of care (emergency), 5 = lowest (weekly outpatient). */
  order: number;
  /** Short name of the level, for lists and labels. */
  name: string;
  text: Readonly<Record<'self' | 'other', TierText>>;
  /** Where the hours a week in the summary come from, shown under it as "Source: ...". */
  hoursSource?: FigureSource;
}

export const tiers: readonly TierInfo[] = [
  {
    id: 'emergency',
    order: 1,
    name: 'Emergency help now (911, emergency room or 988)',
    text: {
      self: {
        heading: 'Get help now',
        summary:
          'Your answers show you may be in danger right now. You do not have to face this alone. ' +
          'Help is free and open day and night.',
      },
      other: {
        heading: 'Get help now',
        summary:
          'Your answers show the person may be in danger right now. You do not have to handle this alone. ' +
          'Help is free and open day and night.',
      },
    },
  },
  {
    id: 'twenty-four-hour',
    order: 2,
    name: '24-hour care (inpatient or residential)',
    text: {
      self: {
        heading: 'Your answers point to 24-hour care',
        summary:
          'You may need care with staff there day and night. This could be a hospital (inpatient) or a ' +
          'treatment center where you live for a while (residential). Please ask for an assessment today.',
      },
      other: {
        heading: 'Your answers point to 24-hour care for the person',
        summary:
          'The person may need care with staff there day and night. This could be a hospital (inpatient) or a ' +
          'treatment center where they live for a while (residential). Please help them ask for an assessment today.',
      },
    },
  },
  {
    id: 'php',
    order: 3,
    name: 'Partial hospitalization (PHP)',
    text: {
      self: {
        heading: 'Your answers point to partial hospitalization (PHP)',
        summary:
          'You may need a day program called partial hospitalization, or PHP. Medicare describes it as care ' +
          'for people who need at least 20 hours of treatment a week. You go home at night. Please ask for an assessment soon.',
      },
      other: {
        heading: 'Your answers point to partial hospitalization (PHP) for the person',
        summary:
          'The person may need a day program called partial hospitalization, or PHP. Medicare describes it as care ' +
          'for people who need at least 20 hours of treatment a week. They go home at night. Please help them ask for an assessment soon.',
      },
    },
    hoursSource: medicarePhpSource,
  },
  {
    id: 'iop',
    order: 4,
    name: 'Intensive outpatient (IOP)',
    text: {
      self: {
        heading: 'Your answers point to intensive outpatient (IOP)',
        summary:
          'An intensive outpatient program, or IOP, may fit you. You go to treatment on several days a week ' +
          'and live at home. Medicare describes IOP as care for people who need at least 9 hours of treatment a week.',
      },
      other: {
        heading: 'Your answers point to intensive outpatient (IOP) for the person',
        summary:
          'An intensive outpatient program, or IOP, may fit the person. They go to treatment on several days a week ' +
          'and live at home. Medicare describes IOP as care for people who need at least 9 hours of treatment a week.',
      },
    },
    hoursSource: medicareIopSource,
  },
  {
    id: 'outpatient',
    order: 5,
    name: 'Outpatient therapy (weekly sessions)',
    text: {
      self: {
        heading: 'Your answers point to outpatient therapy',
        summary:
          'Your answers did not point to a more intensive program. Regular therapy, such as one session a ' +
          'week, may be a good place to start.',
      },
      other: {
        heading: 'Your answers point to outpatient therapy for the person',
        summary:
          'Your answers did not point to a more intensive program. Regular therapy, such as one session a ' +
          'week, may be a good place for the person to start.',
      },
    },
  },
];

const byId = new Map<Tier, TierInfo>(tiers.map((t) => [t.id, t]));

/** Metadata for one tier. */
export function tierInfo(tier: Tier): TierInfo {
  const info = byId.get(tier);
  if (!info) throw new Error(`Unknown self-check tier: ${String(tier)}`);
  return info;
}

/** 1 = highest level of care. A lower number means more care. */
export function tierOrder(tier: Tier): number {
  return tierInfo(tier).order;
}
