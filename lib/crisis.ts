// Crisis resources (United States), exactly as in the site's health-content standards. Every page
// reaches these in one tap. Links are plain tel: and sms: links: nothing is tracked when they are used.

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
}

export const crisisLines: CrisisLine[] = [
  {
    id: 'emergency',
    name: 'Emergency: 911',
    when: 'If you or someone else is in danger right now, or has taken too much of something.',
    actions: [{ label: 'Call 911', href: 'tel:911' }],
    details: ['Or go to the nearest emergency room.'],
  },
  {
    id: '988',
    name: '988 Suicide & Crisis Lifeline',
    when: 'If you are thinking about suicide, are in a mental health or substance use crisis, or are worried about someone.',
    actions: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
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

/** Where to find treatment (SAMHSA's locator). */
export const treatmentLocator = { name: 'FindTreatment.gov', href: 'https://findtreatment.gov' };

/** Said on the home page and /get-help-now (and in words of its own on /about): the guide is American. */
export const countryNote = {
  text: 'This guide is for the United States: its phone numbers, laws and programs are American.',
  elsewhere: 'If you live somewhere else and you or someone else is in danger, call your local emergency number.',
};
