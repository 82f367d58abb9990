/**
 * Sources of the self-check's safety rules and advice, named here so each rule can cite them and
 * each result can list them for the reader. (The level-of-care questions cite the research notes'
 * keys instead, e.g. 'S22': see shared/research/iop-facts.md.)
 *
 * Certainty, as in the research notes: [F] read in the source itself; [F2] read only in a copy or a
 * quotation of the source (the wording was checked, the page itself could not be opened here).
 */

import { crisisSources, type CrisisSource } from '../crisis';

export type SelfCheckSource = CrisisSource;

export const selfCheckSources = {
  // Overdose, naloxone and the domestic violence hotline: the same sources as /get-help-now (lib/crisis.ts).
  ...crisisSources,
  // [F] "The most worrisome answers are a recent (past month) 'yes' to items 4 or 5 for suicidal
  // ideation and/or any recent (3 months) behavior." Risk is low, moderate or high by where the yes is.
  'cssrs-triage': {
    title: 'Triage with the Columbia Protocol (C-SSRS)',
    publisher: 'The Columbia Lighthouse Project, Columbia University',
    url: 'https://cssrs.columbia.edu/the-columbia-scale-c-ssrs/triage-c-ssrs/',
  },
  // [F] The shortest screeners ask 2 to 6 plain questions, depending on the answers. [F2, read in a copy
  // of the screener] The items: wish to be dead, thoughts of suicide, thoughts of how (method), intent,
  // plan with intent (past month), and suicidal behavior: done, started, or prepared (past 3 months);
  // "If YES to 2, ask questions 3, 4, 5, and 6. If NO to 2, go directly to question 6". Its triage guidelines: a yes to intent (4) or plan with intent (5) in the past month, or any
  // behavior in the past 3 months, needs safety precautions now; "other answers ... only require
  // referral to outpatient providers and crisis hotlines".
  'cssrs-screener': {
    title: 'The Columbia Protocol (C-SSRS) screener',
    publisher: 'The Columbia Lighthouse Project, Columbia University',
    url: 'https://cssrs.columbia.edu/scales_cssrs.html',
  },
  // [F] "If there is an immediate health or safety risk, call 911 or go to the nearest emergency
  // department." Anyone can contact 988 if worried about somebody who may need crisis support.
  'acep-suicide': {
    title: 'Suicide: Know the Warning Signs, Know How to Help',
    publisher: 'American College of Emergency Physicians',
    url: 'https://www.emergencyphysicians.org/article/mental-health/suicide-know-the-warning-signs-know-how-to-help',
  },
  // [F2] "Contact 988 at any time for help if a friend is struggling"; "Never keep it a secret if a
  // friend tells you about a plan to hurt themselves"; the 5 action steps (ask, be there, help keep
  // them safe, help them connect, follow up).
  '988-someone-else': {
    title: 'Help Someone Else',
    publisher: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org/help-someone-else/',
  },
  // [F] Call, text or chat 988, free and confidential, 24/7 (shared/research/health-site-standards.md).
  '988': {
    title: '988 Suicide & Crisis Lifeline',
    publisher: '988 Suicide & Crisis Lifeline',
    url: 'https://988lifeline.org',
  },
  // [F] Benzodiazepines: stopping suddenly or cutting down quickly can cause serious withdrawal
  // reactions, including seizures (Boxed Warning, September 2020). Research notes S35.
  'fda-benzodiazepines': {
    title: 'FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class',
    publisher: 'U.S. Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  // [F2] Delirium tremens, a severe form of alcohol withdrawal (confusion, seizures, hallucinations,
  // fever, fast heartbeat, shaking), is a medical emergency. Replaces the research notes' weak S36.
  'medlineplus-dts': {
    title: 'Delirium tremens',
    publisher: 'MedlinePlus, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/ency/article/000766.htm',
  },
  // [F2] "Go to the emergency room, or call ... 911, if fainting, irregular pulse, seizures, or other
  // severe symptoms develop in a person with anorexia nervosa." Chest pain as a sign of the heart
  // rhythm problems of eating disorders is [F2] too (F.E.A.S.T. glossary, a family organization).
  'medlineplus-anorexia': {
    title: 'Anorexia nervosa',
    publisher: 'MedlinePlus, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/ency/article/000362.htm',
  },
  // [F2] Call 911 "if confusion has come on suddenly" or comes with other symptoms.
  'medlineplus-confusion': {
    title: 'Confusion',
    publisher: 'MedlinePlus, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/ency/article/003205.htm',
  },
} as const satisfies Record<string, SelfCheckSource>;

export type SelfCheckSourceId = keyof typeof selfCheckSources;

export function isSelfCheckSourceId(key: string): key is SelfCheckSourceId {
  return Object.hasOwn(selfCheckSources, key);
}
