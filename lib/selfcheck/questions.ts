/**
 * The self-check questions, in the order they are asked.
 *
 * Built from section 13 "Criteria for the explainer" of shared/research/iop-facts.md.
 * Each question merges related criteria from one tier. A "yes" or "not sure" triggers the
 * question's tier; the highest tier triggered wins (see decide.ts).
 *
 * Editors: keep `id` stable (it is the form field name). `legend` is the question
 * (plain words, under about 25 words). `hint` is one short sentence of examples.
 * `shortName` finishes the error message "Select yes, no or not sure for: ...".
 * `reasonYes` / `reasonNotSure` are shown on the result, speaking to the reader.
 * Safe messaging: never describe a method or means of self-harm.
 */
import type { Tier } from './tiers';

export const answerValues = ['yes', 'no', 'not-sure'] as const;

/** One answer. "not-sure" counts like "yes": it never lowers the level of care. */
export type Answer = (typeof answerValues)[number];

/** A key from the source list at the end of iop-facts.md, e.g. 'S22' or 'S22b'. */
export type SourceKey = `S${number}` | `S${number}${'a' | 'b' | 'c'}`;

export interface Question {
  id: string;
  legend: string;
  hint?: string;
  shortName: string;
  tier: Tier;
  sources: readonly SourceKey[];
  reasonYes: string;
  reasonNotSure: string;
}

export const questions = [
  // Emergency tier. These two come first so the stepper can stop as soon as one is yes / not sure.
  {
    id: 'safety-now',
    // Facts file 13(i): "Are you thinking about killing yourself and have a plan, an intention, or
    // access to a way to do it? [S62, S61]"; "Have you recently made a suicide attempt, or hurt
    // yourself seriously? [S62]"; "Are you thinking about seriously hurting someone else? [S62]";
    // "Are you unable to keep yourself safe or fed ... right now? [S62]".
    // The hint's "voices telling you to hurt yourself or others" is tagged [R] (LOCUS anchor, S17):
    // kept only because it can only raise care, for safety.
    legend:
      'Are you thinking about suicide and have a plan or intent? Or thinking about seriously hurting someone? ' +
      'Or did you recently attempt suicide or seriously hurt yourself?',
    hint: 'Also choose yes if voices tell you to hurt yourself or others, or if you cannot keep yourself safe right now.',
    shortName: 'your safety right now',
    tier: 'emergency',
    sources: ['S62', 'S61'],
    reasonYes:
      'You said you have thoughts of suicide or of hurting someone, or that you recently hurt yourself or are not safe.',
    reasonNotSure:
      'You were not sure whether you are safe right now. When safety is in doubt, it is best to get help now.',
  },
  {
    id: 'withdrawal-overdose-now',
    // Facts file 13(i): "After cutting down on alcohol or sedatives, do you have seizures, confusion,
    // hallucinations, fever, a racing heart, or severe shaking? [S35, S36]". Section 4: stopping
    // benzodiazepines suddenly can cause life-threatening seizures [F, S35]; alcohol withdrawal
    // delirium is a medical emergency [F2, S36].
    // The hint's overdose signs ("hard to wake, breathing slowly") are tagged [R: general overdose
    // guidance]: kept only because they can only raise care, for safety.
    legend:
      'After cutting down on alcohol or sedatives, do you have seizures, confusion, fever, a racing heart, ' +
      "severe shaking, or see or hear things that aren't there?",
    hint: 'Also choose yes if someone is hard to wake or is breathing slowly after taking alcohol, drugs or medicine.',
    shortName: 'danger signs from withdrawal or overdose',
    tier: 'emergency',
    sources: ['S35', 'S36'],
    reasonYes:
      'You said there are danger signs after cutting down on alcohol or sedatives, or after taking something. ' +
      'These can be signs of a medical emergency.',
    reasonNotSure:
      'You were not sure whether there are danger signs from withdrawal or from taking something. ' +
      'These can be signs of a medical emergency, so it is safest to get help now.',
  },

  // 24-hour care (inpatient or residential). Facts file 13(ii), ASAM matrix Level III/IV [S22].
  {
    id: 'withdrawal-or-medical-care',
    // 13(ii): "Could stopping alcohol or drugs cause dangerous withdrawal that needs medical
    // monitoring? [S22]" + "Do you have a physical health problem that needs daily nursing or medical
    // care? [S22]". Section 4 [F, S22]: "Severe withdrawal risk points to 24-hour care (Level III or
    // IV)"; "A medical condition that needs 24-hour nursing points to Level IV". Mild withdrawal risk
    // can be managed as an outpatient [F2, S22b], hence "dangerous" in the legend.
    legend:
      'Could stopping alcohol or drugs cause dangerous withdrawal? ' +
      'Or do you have a health problem that needs nursing or medical care every day?',
    hint: 'For example, you had bad withdrawal when you stopped before, or a doctor told you not to stop on your own.',
    shortName: 'withdrawal risk or daily medical care',
    tier: 'twenty-four-hour',
    sources: ['S22', 'S35', 'S36'],
    reasonYes:
      'You said stopping alcohol or drugs could cause dangerous withdrawal, or that you need daily medical care.',
    reasonNotSure:
      'You were not sure whether stopping alcohol or drugs could cause dangerous withdrawal, ' +
      'or whether a health problem needs daily medical care. A doctor can check this with you.',
  },
  {
    id: 'round-the-clock-support',
    // 13(ii): "Are mental health symptoms so severe that you need someone with you around the clock?
    // [S22]" + "Have you kept using, or gotten worse, even while actively attending outpatient or IOP?
    // [S22]". Section 4 [F, S22]: problems "that need a 24-hour structured setting point to Level
    // III"; "unable to control use despite active participation in less intensive care, and needing
    // 24-hour structure, points to Level III".
    legend: 'Are your mental health symptoms or substance use so severe that you need support around the clock?',
    hint: 'For example, you cannot be left alone, or you kept using or got worse even while taking part in IOP or outpatient care.',
    shortName: 'needing support around the clock',
    tier: 'twenty-four-hour',
    sources: ['S22'],
    reasonYes:
      'You said your mental health symptoms or substance use are so severe that you need support around the clock.',
    reasonNotSure: 'You were not sure whether you need support around the clock.',
  },
  {
    id: 'unsafe-home',
    // 13(ii): "Is your home unsafe for recovery (violence, people using, no stable housing), so that
    // you need a safe place to live while in treatment? [S55, S34] [R: exact ASAM Dimension 6
    // wording]". Section 6 [F, S34]: "people with high environmental risk were sent straight to
    // residential care"; the environment is a rated dimension in ASAM and LOCUS [F, S6, S17].
    legend: 'Is your home unsafe for your recovery, so that you need a safe place to live while you get treatment?',
    hint: 'For example, there is violence at home, people drink or use drugs around you, or you have no stable place to live.',
    shortName: 'whether your home is safe for recovery',
    tier: 'twenty-four-hour',
    sources: ['S34', 'S55', 'S6', 'S17'],
    reasonYes: 'You said your home is not safe for your recovery, so you may need a safe place to stay during treatment.',
    reasonNotSure: 'You were not sure whether your home is safe for your recovery.',
  },

  // Partial hospitalization (PHP). Facts file 13(iii), ASAM 2.5 [S6, S48], LOCUS Level 4 [S17].
  {
    id: 'daily-care-team',
    // 13(iii): "Do you need daily contact with a team, including psychiatric or medical checks and
    // frequent medication changes? [S48]". Section 1 [F2, S6, S48]: "PHP gives direct access to
    // psychiatric, medical, and lab services, which IOP usually arranges by referral."
    legend:
      'Do you need to see a treatment team most days, including checks with a psychiatrist or doctor, ' +
      'or frequent changes to your medicine?',
    shortName: 'seeing a treatment team most days',
    tier: 'php',
    sources: ['S48', 'S6'],
    reasonYes:
      'You said you need to see a treatment team most days, with checks from a psychiatrist or doctor, ' +
      'or frequent medicine changes.',
    reasonNotSure: 'You were not sure whether you need to see a treatment team most days.',
  },
  {
    id: 'cannot-manage-day',
    // 13(iii): "Are your symptoms so disruptive that you cannot work or go to school right now, but you
    // can be safe at home overnight? [R: synthesized from S6/S17 level definitions]" and (hint) "Are
    // you leaving a hospital stay and need daily structure before stepping down further? [R:
    // synthesized; S2, S9]". Both are [R]: kept only because they can only raise care (PHP instead of
    // IOP or weekly therapy), for safety. Backing: Functional Status is a LOCUS dimension [F, S17]
    // and LOCUS Level 4 is often equated with PHP [F/F2, S17].
    legend:
      'Are your symptoms so strong that you cannot get through a normal day, like going to work or school ' +
      'or looking after yourself?',
    hint: 'Also choose yes if you are leaving a hospital stay and need a full-day program before going back to daily life.',
    shortName: 'getting through a normal day',
    tier: 'php',
    sources: ['S6', 'S17'],
    reasonYes: 'You said your symptoms are so strong that you cannot get through a normal day right now.',
    reasonNotSure: 'You were not sure whether you can get through a normal day right now.',
  },

  // Intensive outpatient (IOP). Facts file 13(iv), ASAM 2.1 [S2, S6, S22], Medicare [S8, S9].
  {
    id: 'weekly-not-enough',
    // 13(iv): "Is weekly therapy not enough, or are your symptoms or substance use getting worse
    // despite it? [S9, S8]". Section 1 [F, S2, S8]: people can "step up to it from ordinary
    // outpatient care"; Medicare IOP is for people whose care plan calls for at least 9 hours of
    // therapy a week [F, S8].
    legend: 'Is one therapy session a week not enough, or are your symptoms or substance use getting worse even with it?',
    hint: 'If you are not in therapy now, think about whether one session a week would be enough.',
    shortName: 'whether weekly therapy is enough',
    tier: 'iop',
    sources: ['S8', 'S9', 'S2'],
    reasonYes: 'You said one therapy session a week is not enough, or that things are getting worse even with it.',
    reasonNotSure: 'You were not sure whether one therapy session a week is enough for you.',
  },
  {
    id: 'need-more-support',
    // 13(iv): "Without closer monitoring and support several times a week, would you likely slip back?
    // (ASAM Level II: 'high likelihood of relapse without close monitoring and support.') [S22]" +
    // "Do mental health symptoms get in the way of recovery or daily life, but not so much that you
    // need 24-hour care? (ASAM Level II: 'mild severity with potential to distract.') [S22]".
    legend:
      'Without support several times a week, would you likely slip back? ' +
      'Or do your symptoms make daily life or recovery hard?',
    hint: 'For example, going back to drinking or using drugs, or low mood getting in the way of work, school or family.',
    shortName: 'needing support several times a week',
    tier: 'iop',
    sources: ['S22'],
    reasonYes:
      'You said you would likely slip back without support several times a week, or that symptoms make daily life hard.',
    reasonNotSure: 'You were not sure whether you could stay on track without support several times a week.',
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof questions)[number]['id'];

export const questionIds: readonly QuestionId[] = questions.map((q) => q.id);

/** The answers to a form, by question id. May be partial (see `isComplete`). */
export type Answers = Partial<Record<QuestionId, Answer>>;

const idSet: ReadonlySet<string> = new Set(questionIds);

export function isQuestionId(key: unknown): key is QuestionId {
  return typeof key === 'string' && idSet.has(key);
}

export function isAnswer(value: unknown): value is Answer {
  return value === 'yes' || value === 'no' || value === 'not-sure';
}

/** Looks up a question by id (ids are checked by `isQuestionId`). */
export function questionById(id: QuestionId): Question {
  return questions.find((q) => q.id === id) as Question;
}
