/**
 * What each result tells the reader to do, for a reader answering for themselves (`self`) or for
 * someone else (`other`). Crisis numbers follow shared/research/health-site-standards.md ("Crisis
 * resources (United States) - exact"); every other fact names its source (sources.ts).
 * Phone numbers are tel: / sms: links so they can be tapped.
 */
import { urgentNumbers } from '@/lib/crisis';
import type { Audience, ByAudience } from './questions';
import type { SelfCheckSourceId } from './sources';
import type { Tier } from './tiers';

export interface NextStep {
  text: string;
  href?: string;
}

/** A box on the result with its own heading: short tap buttons first, then plain lines. */
export interface Notice {
  id: 'talk-today' | 'withdrawal-caution' | 'unsafe-home' | 'if-they-refuse';
  heading: string;
  tone: 'urgent' | 'warning' | 'info';
  actions: readonly NextStep[];
  lines: readonly NextStep[];
  sources: readonly SelfCheckSourceId[];
}

/** The not-a-diagnosis text of every result but the emergency one. Insurer criteria: Wit v. UBH [S55]. */
export const disclaimer =
  'This check is not a diagnosis. It is a screening aid, informed by tools such as the Columbia Protocol, but it is not one of them. ' +
  'A professional assessment decides what level of care is right. Insurers also use their own rules to decide what care they will pay for.';

/** The emergency result's version: nothing about insurers, so cost never delays help. */
export const emergencyDisclaimer =
  'This check is not a diagnosis. It is a screening aid, informed by tools such as the Columbia Protocol. A professional will decide what care is needed.';

/** The article for family and friends, and the sections the results link to (pinned ids; a unit test checks each exists). */
export const supportingSomeoneHref = '/learn/supporting-someone-in-an-iop';
const askAboutSuicideHref = `${supportingSomeoneHref}#how-to-ask-about-suicide`;
const saferHomeHref = `${supportingSomeoneHref}#make-the-home-safer`;
const ifTheyRefuseHref = `${supportingSomeoneHref}#if-they-refuse-help`;

const call988: NextStep = { text: 'Call 988', href: urgentNumbers.crisis.call };
const text988: NextStep = { text: 'Text 988', href: urgentNumbers.crisis.text };
const call911: NextStep = { text: 'Call 911', href: urgentNumbers.emergency.call };
const chat988: NextStep = { text: 'Chat online', href: 'https://988lifeline.org' };

/** The three buttons directly under the emergency heading: 988 first, or 911 first for medical danger. */
export function crisisActions(medical: boolean): NextStep[] {
  return medical ? [call911, call988, text988] : [call988, text988, call911];
}

const mentalHealthSteps: ByAudience<NextStep[]> = {
  self: [
    {
      text: 'If you might act on these thoughts soon, call 911 or go to the nearest emergency room.',
      href: urgentNumbers.emergency.call,
    },
    {
      text: 'Call or text 988 to talk with a trained counselor. It is free, private and open day and night.',
      href: urgentNumbers.crisis.call,
    },
    { text: 'If you can, stay with someone you trust until you get help.' },
    { text: 'You can also chat with 988 online at 988lifeline.org.', href: 'https://988lifeline.org' },
    { text: 'Or text HOME to 741741 (Crisis Text Line).', href: 'sms:741741?&body=HOME' },
    { text: 'You deserve support. With help, things can get better.' },
  ],
  other: [
    { text: 'If the person might act now, or anyone is in danger, call 911.', href: urgentNumbers.emergency.call },
    { text: 'Stay with the person if it is safe for you. Try not to leave them alone.' },
    { text: 'If it is safe, help keep them away from anything they could use to hurt themselves or others.' },
    { text: 'Read how to make the home safer in a crisis.', href: saferHomeHref },
    { text: 'Call or text 988 together, or call 988 yourself to ask how to help.', href: urgentNumbers.crisis.call },
    { text: 'You can also chat with 988 online at 988lifeline.org.', href: 'https://988lifeline.org' },
    { text: 'With help, things can get better. You do not have to handle this alone.' },
  ],
};

const medicalFirst: ByAudience<NextStep[]> = {
  self: [
    { text: 'Call 911 now, or go to the nearest emergency room.', href: urgentNumbers.emergency.call },
    { text: 'Do not stay alone. Tell someone near you that you need help.' },
  ],
  other: [{ text: 'Call 911 now, or go to the nearest emergency room.', href: urgentNumbers.emergency.call }],
};

/** CDC's overdose steps [cdc-overdose]; naloxone without a prescription [fda-naloxone-otc]. */
const overdoseSteps: ByAudience<NextStep[]> = {
  self: [
    { text: 'If someone with you has naloxone (Narcan), ask them to give it to you if you cannot stay awake.' },
    { text: 'Naloxone can reverse an opioid overdose. It is sold without a prescription.' },
  ],
  other: [
    { text: 'Give naloxone (Narcan) if you have it. It can reverse an opioid overdose.' },
    { text: 'Try to keep the person awake and breathing.' },
    { text: 'Lay the person on their side so they do not choke.' },
    {
      text: 'Most states have laws that may protect you and the person from criminal penalties when you call for help.',
    },
    { text: 'Naloxone is sold without a prescription, in pharmacies and other stores.' },
  ],
};

const medicalLast: ByAudience<NextStep[]> = {
  self: [
    {
      text: 'For support with a mental health or substance use crisis, you can also call or text 988.',
      href: urgentNumbers.crisis.call,
    },
  ],
  other: [
    { text: 'Stay with the person until help arrives.' },
    {
      text: 'For support with a mental health or substance use crisis, you can also call or text 988.',
      href: urgentNumbers.crisis.call,
    },
  ],
};

/** The emergency steps, after the three buttons. Medical danger comes first: it cannot wait. */
export function emergencySteps(
  audience: Audience,
  kinds: { mentalHealth: boolean; medical: boolean; overdose: boolean },
): NextStep[] {
  const steps: NextStep[] = [];
  if (kinds.medical) {
    steps.push(...medicalFirst[audience], ...(kinds.overdose ? overdoseSteps[audience] : []), ...medicalLast[audience]);
  }
  if (kinds.mentalHealth || !kinds.medical) steps.push(...mentalHealthSteps[audience]);
  // One line per link and text: the medical and mental health lists share a few.
  const seen = new Set<string>();
  return steps.filter((s) => {
    const key = s.href?.startsWith(urgentNumbers.emergency.call) ? urgentNumbers.emergency.call : s.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function emergencySources(kinds: {
  mentalHealth: boolean;
  medical: boolean;
  overdose: boolean;
}): SelfCheckSourceId[] {
  return [
    ...(kinds.overdose ? (['cdc-overdose', 'fda-naloxone-otc'] as const) : []),
    ...(kinds.mentalHealth || !kinds.medical
      ? (['988', '988-someone-else', 'acep-suicide'] as const)
      : (['988'] as const)),
  ];
}

const samhsaHelpline: ByAudience<NextStep> = {
  self: {
    text: 'Call the SAMHSA National Helpline at 1-800-662-HELP (4357). It is free, private and open 24/7, and can help you find treatment near you.',
    href: 'tel:+18006624357',
  },
  other: {
    text: 'Call the SAMHSA National Helpline at 1-800-662-HELP (4357). It is free, private and open 24/7, and can help you find treatment for the person.',
    href: 'tel:+18006624357',
  },
};
const findTreatment: NextStep = {
  text: 'Search for programs near you at FindTreatment.gov.',
  href: 'https://findtreatment.gov',
};
const ifWorse: ByAudience<NextStep> = {
  self: {
    text: 'If things get worse or you feel unsafe at any time, call or text 988, or call 911.',
    href: urgentNumbers.crisis.call,
  },
  other: {
    text: 'If things get worse or the person is not safe at any time, call or text 988, or call 911.',
    href: urgentNumbers.crisis.call,
  },
};

export const nextStepsByTier: Readonly<Record<Exclude<Tier, 'emergency'>, ByAudience<readonly NextStep[]>>> = {
  'twenty-four-hour': {
    self: [
      { text: 'Today, contact a doctor or mental health professional and ask for an assessment.' },
      samhsaHelpline.self,
      findTreatment,
      { text: 'Call your insurer and ask which programs they cover.' },
      ifWorse.self,
    ],
    other: [
      { text: 'Today, help the person contact a doctor or mental health professional and ask for an assessment.' },
      samhsaHelpline.other,
      findTreatment,
      { text: 'Ask their insurer which programs they cover.' },
      ifWorse.other,
    ],
  },
  php: {
    self: [
      { text: 'Contact a doctor or mental health professional soon, today if you can, and ask for an assessment.' },
      samhsaHelpline.self,
      findTreatment,
      { text: 'Call your insurer and ask which programs they cover.' },
      ifWorse.self,
    ],
    other: [
      { text: 'Help the person contact a doctor or mental health professional soon, today if you can.' },
      samhsaHelpline.other,
      findTreatment,
      { text: 'Ask their insurer which programs they cover.' },
      ifWorse.other,
    ],
  },
  iop: {
    self: [
      { text: 'Read our guide to finding and choosing an IOP.', href: '/learn/choosing-an-iop' },
      findTreatment,
      { text: 'Ask your doctor or therapist whether IOP is right for you, and for a referral.' },
      { text: 'Call your insurer and ask which IOPs are in your network.' },
      ifWorse.self,
    ],
    other: [
      { text: 'Read our guide to finding and choosing an IOP.', href: '/learn/choosing-an-iop' },
      findTreatment,
      { text: 'Encourage the person to ask their doctor or therapist whether IOP is right for them.' },
      { text: 'Their insurer can say which IOPs are in their network.' },
      ifWorse.other,
    ],
  },
  outpatient: {
    self: [
      { text: 'Ask your doctor for a referral to a therapist or counselor.' },
      { text: 'Search for therapists and clinics near you at FindTreatment.gov.', href: 'https://findtreatment.gov' },
      { text: 'Call your insurer and ask which therapists are in your network.' },
      { text: 'If weekly sessions are not enough later on, ask about more support, such as IOP.' },
      ifWorse.self,
    ],
    other: [
      { text: 'Encourage the person to ask their doctor for a referral to a therapist or counselor.' },
      { text: 'Search for therapists and clinics near them at FindTreatment.gov.', href: 'https://findtreatment.gov' },
      { text: 'If weekly sessions are not enough later on, they can ask about more support, such as IOP.' },
      ifWorse.other,
    ],
  },
};

/** C-SSRS triage: thoughts without intent, plan or behavior need help soon, not an emergency [cssrs-triage]. */
export const talkToday: ByAudience<Notice> = {
  self: {
    id: 'talk-today',
    heading: 'Talk to someone today',
    tone: 'urgent',
    actions: [call988, text988, chat988],
    lines: [
      { text: 'Counselors at 988 are free, private and there day and night. You can talk about anything.' },
      {
        text: 'Ask your doctor or a mental health professional for an appointment today. Tell them about these thoughts.',
      },
      {
        text: 'If you feel you might act on these thoughts, call 911 or go to the nearest emergency room.',
        href: urgentNumbers.emergency.call,
      },
    ],
    sources: ['cssrs-triage', '988'],
  },
  other: {
    id: 'talk-today',
    heading: 'Talk to someone today',
    tone: 'urgent',
    actions: [call988, text988, chat988],
    lines: [
      { text: 'Help the person call or text 988. You can also call 988 yourself to ask how to help them.' },
      { text: 'Help them get an appointment with a doctor or mental health professional today.' },
      {
        text: 'If they might act on these thoughts, call 911 or go to the nearest emergency room.',
        href: urgentNumbers.emergency.call,
      },
      { text: 'Read how to ask someone about suicide, and what to do next.', href: askAboutSuicideHref },
    ],
    sources: ['cssrs-triage', '988', '988-someone-else'],
  },
};

/** Sudden stops can be dangerous: FDA benzodiazepine warning; alcohol withdrawal delirium. */
export const withdrawalCaution: ByAudience<Notice> = {
  self: {
    id: 'withdrawal-caution',
    heading: 'Do not stop suddenly: talk to a doctor first',
    tone: 'warning',
    actions: [],
    lines: [
      {
        text: 'If you drink alcohol or take sedatives every day, stopping suddenly can cause dangerous withdrawal, such as seizures.',
      },
      { text: 'Talk to a doctor before you cut down or stop. They can help you stop safely.' },
    ],
    sources: ['fda-benzodiazepines', 'medlineplus-dts'],
  },
  other: {
    id: 'withdrawal-caution',
    heading: 'Do not stop suddenly: talk to a doctor first',
    tone: 'warning',
    actions: [],
    lines: [
      {
        text: 'If the person drinks alcohol or takes sedatives every day, stopping suddenly can cause dangerous withdrawal, such as seizures.',
      },
      { text: 'Help them talk to a doctor before they cut down or stop. A doctor can help them stop safely.' },
    ],
    sources: ['fda-benzodiazepines', 'medlineplus-dts'],
  },
};

const hotlineActions: NextStep[] = [
  { text: 'Call 1-800-799-7233', href: 'tel:+18007997233' },
  { text: 'Text START to 88788', href: 'sms:88788?&body=START' },
  { text: 'TTY 1-800-787-3224', href: 'tel:+18007873224' },
  { text: 'Chat at thehotline.org', href: 'https://www.thehotline.org' },
];

/** National Domestic Violence Hotline numbers, checked at the source [domestic-violence-hotline]. */
export const unsafeHome: ByAudience<Notice> = {
  self: {
    id: 'unsafe-home',
    heading: 'If you are not safe at home',
    tone: 'info',
    actions: hotlineActions,
    lines: [
      { text: 'The National Domestic Violence Hotline is free and private. Trained advocates answer day and night.' },
      { text: 'If you are in danger right now, call 911.', href: urgentNumbers.emergency.call },
    ],
    sources: ['domestic-violence-hotline'],
  },
  other: {
    id: 'unsafe-home',
    heading: 'If the person is not safe at home',
    tone: 'info',
    actions: hotlineActions,
    lines: [
      {
        text: 'The National Domestic Violence Hotline is free and private. Trained advocates answer day and night, also for family and friends.',
      },
      { text: 'If anyone is in danger right now, call 911.', href: urgentNumbers.emergency.call },
    ],
    sources: ['domestic-violence-hotline'],
  },
};

/** For family and friends: what to do if the person refuses help [988-someone-else, acep-suicide]. */
export const ifTheyRefuse: Notice = {
  id: 'if-they-refuse',
  heading: 'If the person will not get help',
  tone: 'info',
  actions: [],
  lines: [
    { text: 'If they are in danger, call 911, even if they say no.', href: urgentNumbers.emergency.call },
    {
      text: 'Call or text 988 yourself. A counselor can help you work out what to do next.',
      href: urgentNumbers.crisis.call,
    },
    { text: 'Keep talking with them. Listen without judging, and tell them you care.' },
    { text: 'Offer practical help, like finding a program, making the call or going with them.' },
    { text: 'Look after yourself too. You can call or text 988 for support for yourself.' },
    { text: 'Read more about what to do if they refuse help.', href: ifTheyRefuseHref },
  ],
  sources: ['988-someone-else', 'acep-suicide'],
};
