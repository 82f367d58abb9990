/**
 * What to do next, per result. Numbers and wording follow shared/research/health-site-standards.md
 * ("Crisis resources (United States) - exact") and iop-facts.md sections 11-12.
 * Phone numbers are tel: / sms: links so they can be tapped.
 */
import type { Tier } from './tiers';

export interface NextStep {
  text: string;
  href?: string;
}

/** Shown on every result. Insurer criteria: Wit v. UBH [S55]. */
export const disclaimer =
  'This check is not a diagnosis. A professional assessment decides what level of care is right for you. ' +
  'Insurers also use their own rules to decide what care they will pay for.';

/** Emergency version: the same three points, worded so cost never delays help. */
export const emergencyDisclaimer =
  'This check is not a diagnosis. A professional assessment decides what care you need. ' +
  'Insurers use their own rules about what they pay for, but please do not let that stop you from getting help now.';

const call988: NextStep = {
  text: 'Call 988, the Suicide & Crisis Lifeline. It is free, private and open 24/7.',
  href: 'tel:988',
};
const text988: NextStep = { text: 'Or text 988.', href: 'sms:988' };
const chat988: NextStep = { text: 'Or chat online at 988lifeline.org.', href: 'https://988lifeline.org' };
const call911: NextStep = { text: 'Call 911 if you or someone else is in danger right now.', href: 'tel:911' };
const emergencyRoom: NextStep = { text: 'Or go to the nearest emergency room.' };
const crisisText: NextStep = { text: 'You can also text HOME to 741741 (Crisis Text Line).', href: 'sms:741741' };
const stayWithSomeone: NextStep = { text: 'If you can, stay with someone you trust until you get help.' };

const samhsaHelpline: NextStep = {
  text:
    'Call the SAMHSA National Helpline at 1-800-662-HELP (4357). It is free, private and open 24/7, ' +
    'and can help you find treatment near you.',
  href: 'tel:+18006624357',
};
const findTreatment: NextStep = {
  text: 'Search for programs near you at FindTreatment.gov.',
  href: 'https://findtreatment.gov',
};
const askInsurer: NextStep = { text: 'Call your insurer and ask which programs they cover.' };
const ifWorse: NextStep = {
  text: 'If things get worse or you feel unsafe at any time, call or text 988, or call 911.',
  href: 'tel:988',
};

/** Sudden stops can be dangerous: FDA benzodiazepine warning [S35]; alcohol withdrawal [S36]. */
export const dontStopSuddenly: NextStep = {
  text:
    'If you drink alcohol or take sedatives every day, do not stop suddenly on your own. ' +
    'Stopping can be dangerous. Ask a doctor to help you stop safely.',
};

/** Thoughts of suicide or harm: 988 first. */
export const safetyCrisisSteps: readonly NextStep[] = [
  call988,
  text988,
  chat988,
  call911,
  emergencyRoom,
  crisisText,
  stayWithSomeone,
];

/** Withdrawal or overdose danger signs: a medical emergency, so 911 first. */
export const medicalEmergencySteps: readonly NextStep[] = [
  {
    text: 'Call 911 now if someone has a seizure, is confused, is hard to wake or is breathing slowly.',
    href: 'tel:911',
  },
  emergencyRoom,
  { text: 'Stay with the person until help arrives.' },
  { ...call988, text: 'For support with a mental health or substance use crisis, call or text 988. It is free and open 24/7.' },
];

export const nextStepsByTier: Readonly<Record<Exclude<Tier, 'emergency'>, readonly NextStep[]>> = {
  'twenty-four-hour': [
    { text: 'Today, contact a doctor or mental health professional and ask for an assessment.' },
    samhsaHelpline,
    findTreatment,
    askInsurer,
    ifWorse,
  ],
  php: [
    { text: 'Contact a doctor or mental health professional soon, today if you can, and ask for an assessment.' },
    samhsaHelpline,
    findTreatment,
    askInsurer,
    ifWorse,
  ],
  iop: [
    { text: 'Read our guide to finding and choosing an IOP.', href: '/learn/choosing-an-iop' },
    findTreatment,
    { text: 'Ask your doctor or therapist whether IOP is right for you, and for a referral.' },
    { text: 'Call your insurer and ask which IOPs are in your network.' },
    ifWorse,
  ],
  outpatient: [
    { text: 'Ask your doctor for a referral to a therapist or counselor.' },
    { text: 'Search for therapists and clinics near you at FindTreatment.gov.', href: 'https://findtreatment.gov' },
    { text: 'Call your insurer and ask which therapists are in your network.' },
    { text: 'If weekly sessions are not enough later on, ask about more support, such as IOP.' },
    ifWorse,
  ],
};
