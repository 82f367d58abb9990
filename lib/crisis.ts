// Crisis resources (United States), exactly as in the site's health-content standards or as read at
// the source named next to them. Every page reaches these in one tap. Links are plain tel: and sms:
// links: nothing is tracked when they are used.

export interface CrisisSource {
  title: string;
  publisher: string;
  url: string;
}

/**
 * Primary sources of the facts on /get-help-now that are not phone numbers, shown to readers where
 * each fact is stated. [F] read in the source itself; [F2] read in a copy or quotation of it.
 */
export const crisisSources = {
  // [F] Steps (naloxone if available, call 911, keep awake and breathing, lay on side, stay until help
  // arrives), signs, "If you aren't sure, treat it like an overdose", naloxone "available in all 50 states
  // and over the counter", and "Most states have laws that may protect a person who is overdosing or the
  // person who called for help from criminal penalties."
  'cdc-overdose': {
    title: 'What to Do if You Think Someone is Overdosing',
    publisher: 'Centers for Disease Control and Prevention (CDC)',
    url: 'https://www.cdc.gov/stop-overdose/response/index.html',
  },
  // [F2] March 29, 2023: Narcan 4 mg naloxone nasal spray approved for over-the-counter, nonprescription
  // use, "the first naloxone product approved for use without a prescription" (quoted by SAMHSA below).
  'fda-naloxone-otc': {
    title: 'FDA Approves First Over-the-Counter Naloxone Nasal Spray',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray',
  },
  // [F] FDA's approval of March 29, 2023; sold "directly to consumers in places like drug stores,
  // convenience stores, grocery stores, and gas stations, as well as online".
  'samhsa-naloxone-otc': {
    title: 'Non-prescription ("Over-the-Counter") Naloxone Frequently Asked Questions',
    publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    url: 'https://www.samhsa.gov/medications-substance-use-disorders/medications-counseling-related-conditions/opioid-overdose-reversal-medications/over-the-counter-naloxone-faqs',
  },
  // [F] "call 800-799-SAFE (7233), TTY 800-787-3224, text "START" to 88788, or use their live chat"
  // (January 20, 2022); the same numbers and chat at thehotline.org [F2].
  'domestic-violence-hotline': {
    title: 'National Domestic Violence Hotline',
    publisher: 'Office for Victims of Crime, U.S. Department of Justice',
    url: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
  },
} as const satisfies Record<string, CrisisSource>;

/**
 * The two numbers the site names in passing on every page (the footer, urgent boxes, the home page's
 * emergency card, the 404 page): 911 for danger, 988 for a crisis. Worded once, in
 * components/crisis/urgent-numbers.tsx; the full entries are in crisisLines below.
 */
export const urgentNumbers = {
  emergency: { number: '911', call: 'tel:911' },
  crisis: { number: '988', call: 'tel:988', text: 'sms:988' },
} as const;

export interface CrisisAction {
  label: string;
  href: string;
}

export interface CrisisLine {
  id: string;
  name: string;
  when: string;
  actions: CrisisAction[];
  details: string[];
  /** False for a line shown only on /get-help-now, not in the short list in urgent boxes and at the end of articles. */
  shortList?: false;
  /**
   * True for the emergency lines (911 and 988), whose actions are red buttons: red means emergency on this
   * site, so helplines and every other action use the site's primary colour.
   */
  emergency?: true;
}

export const crisisLines: CrisisLine[] = [
  {
    id: 'emergency',
    name: 'Emergency: 911',
    when: 'If you or someone else is in danger right now, or has taken too much of something.',
    actions: [{ label: `Call ${urgentNumbers.emergency.number}`, href: urgentNumbers.emergency.call }],
    details: ['Or go to the nearest emergency room.'],
    emergency: true,
  },
  {
    id: '988',
    emergency: true,
    name: '988 Suicide & Crisis Lifeline',
    when: 'If you are thinking about suicide, are in a mental health or substance use crisis, or are worried about someone.',
    actions: [
      { label: `Call ${urgentNumbers.crisis.number}`, href: urgentNumbers.crisis.call },
      { label: `Text ${urgentNumbers.crisis.number}`, href: urgentNumbers.crisis.text },
    ],
    details: [
      'Free and confidential, 24 hours a day, 7 days a week.',
      'You can also chat online at 988lifeline.org.',
      'Veterans: press 1 (or text 838255). Spanish: press 2.',
    ],
  },
  {
    id: 'crisis-text-line',
    name: 'Crisis Text Line',
    when: 'If you would rather text than talk.',
    actions: [{ label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' }],
    details: ['Free, 24 hours a day, with trained volunteer counselors.'],
  },
  {
    id: 'domestic-violence',
    name: 'National Domestic Violence Hotline',
    when: 'If someone at home is hurting you, threatening you or controlling you, or you are worried about someone who is.',
    actions: [
      { label: 'Call 1-800-799-7233', href: 'tel:+18007997233' },
      { label: 'Text START to 88788', href: 'sms:88788?&body=START' },
      { label: 'TTY 1-800-787-3224', href: 'tel:+18007873224' },
    ],
    details: [
      'Free and confidential, 24 hours a day, with trained advocates.',
      'You can also chat online at thehotline.org.',
    ],
    shortList: false,
  },
  {
    id: 'samhsa',
    name: 'SAMHSA National Helpline',
    when: 'To find treatment, support groups and services near you, for mental health or substance use.',
    actions: [
      { label: 'Call 1-800-662-HELP (4357)', href: 'tel:+18006624357' },
      { label: 'TTY 1-800-487-4889', href: 'tel:+18004874889' },
      { label: 'Text your ZIP code to 435748', href: 'sms:435748' },
    ],
    details: [
      'Free, confidential, 24 hours a day, 365 days a year, in English and Spanish.',
      'It helps you find services (a referral service); it does not give counseling.',
    ],
  },
];

export interface SourcedFact {
  text: string;
  sources: readonly (keyof typeof crisisSources)[];
}

/** What to do for an overdose, from the CDC [cdc-overdose]; naloxone without a prescription [FDA, SAMHSA]. */
export const overdose = {
  name: 'Overdose',
  when: 'If someone may have taken too much of a drug, alcohol or medicine. If you are not sure, treat it like an overdose.',
  signs: [
    'They cannot be woken up, or are unconscious',
    'Slow or shallow breathing, trouble breathing, or choking, gurgling or snoring sounds',
    'Skin that changes color, especially the lips and nails',
    'Very small ("pinpoint") pupils',
  ],
  steps: [
    'Call 911.',
    'Give naloxone (Narcan) if you have it. It can reverse an opioid overdose.',
    'Try to keep the person awake and breathing.',
    'Lay the person on their side so they do not choke.',
    'Stay with the person until help arrives.',
  ],
  action: { label: 'Call 911', href: 'tel:911' },
  facts: [
    {
      text: 'Most states have laws that may protect the person who overdosed, and the person who called for help, from criminal penalties. They are often called Good Samaritan laws.',
      sources: ['cdc-overdose'],
    },
    {
      text: 'Naloxone nasal spray is sold without a prescription. The FDA approved the first one for over-the-counter sale in March 2023. You can buy it in pharmacies and other stores.',
      sources: ['fda-naloxone-otc', 'samhsa-naloxone-otc'],
    },
  ] satisfies SourcedFact[],
  sources: ['cdc-overdose'] as const,
};

/** Where to find treatment (SAMHSA's locator). */
export const treatmentLocator = { name: 'FindTreatment.gov', href: 'https://findtreatment.gov' };

/** Said on the home page and /get-help-now (and in words of its own on /about): the guide is American. */
export const countryNote = {
  text: 'This guide is for the United States: its phone numbers, laws and programs are American.',
  elsewhere: 'If you live somewhere else and you or someone else is in danger, call your local emergency number.',
};
