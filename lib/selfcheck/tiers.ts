/**
 * The five levels of care the self-check can point to, highest first.
 * Order matters: `decide` picks the highest tier that any answer triggers.
 * Text is plain language (aim: grade 6-8), for a reader answering for themselves (`self`) or for
 * someone else (`other`). Hours come from the facts file: IOP 9+ hours a week for adults, 6+ for
 * teens [S2, S6]; PHP 20+ hours [S6, S48, S51]; weekly outpatient is fewer than 9 hours [S6].
 */

export const tierIds = ['emergency', 'twenty-four-hour', 'php', 'iop', 'outpatient'] as const;

export type Tier = (typeof tierIds)[number];

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
          'You may need a day program called partial hospitalization, or PHP. It usually means 20 or more ' +
          'hours of treatment a week, and you go home at night. Please ask for an assessment soon.',
      },
      other: {
        heading: 'Your answers point to partial hospitalization (PHP) for the person',
        summary:
          'The person may need a day program called partial hospitalization, or PHP. It usually means 20 or more ' +
          'hours of treatment a week, and they go home at night. Please help them ask for an assessment soon.',
      },
    },
  },
  {
    id: 'iop',
    order: 4,
    name: 'Intensive outpatient (IOP)',
    text: {
      self: {
        heading: 'Your answers point to intensive outpatient (IOP)',
        summary:
          'An intensive outpatient program, or IOP, may fit you. IOP usually means at least 9 hours of ' +
          'treatment a week for adults (6 for teens), spread over several days, while you live at home.',
      },
      other: {
        heading: 'Your answers point to intensive outpatient (IOP) for the person',
        summary:
          'An intensive outpatient program, or IOP, may fit the person. IOP usually means at least 9 hours of ' +
          'treatment a week for adults (6 for teens), spread over several days, while they live at home.',
      },
    },
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

/** The tier with more care of the two. */
export function higherTier(a: Tier, b: Tier): Tier {
  return tierOrder(a) <= tierOrder(b) ? a : b;
}
