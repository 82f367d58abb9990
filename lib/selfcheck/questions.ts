/**
 * The self-check's questions, in the order they are asked: who the reader is answering for, the two
 * safety lists (signs.ts), then yes / no / not sure questions about the level of care.
 *
 * Level-of-care questions are built from section 13 "Criteria for the explainer" of
 * shared/research/iop-facts.md, one thing per question. A "yes" or "not sure" triggers the
 * question's tier (the highest tier triggered wins, see decide.ts) or its notice.
 *
 * Editors: keep every `id` stable (it is the form field name). Each question has its words for a
 * reader answering for themselves (`self`) and for someone else (`other`). `legend` is the question
 * (plain words, 20 or fewer); `hint` is one sentence of examples; `shortName` finishes the error
 * message "Select yes, no or not sure for: ..."; `reasonYes` / `reasonNotSure` are shown on the result.
 * Safe messaging: never describe a method or means of self-harm.
 */
import { firstInputId, isAnswer, isAudience, noneOfThese, rulesOf, signValues } from './rules';
import { signSets } from './signs';
import type { SelfCheckSourceId } from './sources';
import type { Tier } from './tiers';

export const audiences = ['self', 'other'] as const;
/** Who the answers are about: the reader, or someone the reader is worried about. */
export type Audience = (typeof audiences)[number];
export type ByAudience<T> = Readonly<Record<Audience, T>>;

export const answerValues = ['yes', 'no', 'not-sure'] as const;
/** One answer. "not-sure" counts like "yes": it never lowers the level of care. */
export type Answer = (typeof answerValues)[number];

/** A key from the source list at the end of iop-facts.md ('S22', 'S22b'), or a named source (sources.ts). */
export type SourceKey = `S${number}` | `S${number}${'a' | 'b' | 'c'}` | SelfCheckSourceId;

export interface WhoQuestion {
  kind: 'who';
  id: 'for';
  legend: string;
  shortName: string;
  options: readonly { value: Audience; label: string }[];
}

export interface YesNoText {
  legend: string;
  hint?: string;
  shortName: string;
  reasonYes: string;
  reasonNotSure: string;
}

export interface YesNoQuestion {
  kind: 'yes-no';
  id: string;
  /** The level of care a yes / not sure points to, or null for a question that only adds a notice. */
  tier: Exclude<Tier, 'emergency' | 'outpatient'> | null;
  /** A notice a yes / not sure adds to every result (see decide.ts). */
  notice?: 'withdrawal-caution' | 'unsafe-home';
  sources: readonly SourceKey[];
  text: ByAudience<YesNoText>;
}

export interface SignOption {
  id: string;
  /**
   * What selecting it means: an emergency now, a mental-health one (988 first) or a medical one
   * (911 first), or null for thoughts of suicide without intent, plan or behavior ("talk to someone today").
   */
  emergency: 'mental-health' | 'medical' | null;
  /** An overdose: the emergency steps add naloxone. */
  overdose?: boolean;
  sources: readonly SourceKey[];
  text: ByAudience<{ label: string; hint?: string; reason: string }>;
}

export interface SignSet {
  kind: 'signs';
  id: string;
  text: ByAudience<{ legend: string; hint: string; shortName: string }>;
  options: readonly SignOption[];
}

export const whoQuestion = {
  kind: 'who',
  id: 'for',
  legend: 'Who are you answering for?',
  shortName: 'who you are answering for',
  options: [
    { value: 'self', label: 'I am answering for myself' },
    { value: 'other', label: 'I am answering for someone else' },
  ],
} as const satisfies WhoQuestion;

const forBoth = (text: YesNoText, other: YesNoText): ByAudience<YesNoText> => ({ self: text, other });

export const yesNoQuestions = [
  // Withdrawal caution. Stopping benzodiazepines suddenly can cause seizures [F, S35]; people dependent
  // on alcohol should not stop without help [F2, medlineplus-dts; the research notes' S36 is a weak copy]. Research notes section 4.
  // These add "Do not stop suddenly" to every result; on their own they point to no level of care.
  {
    kind: 'yes-no',
    id: 'daily-alcohol',
    tier: null,
    notice: 'withdrawal-caution',
    sources: ['medlineplus-dts'],
    text: forBoth(
      {
        legend: 'Do you drink alcohol every day or almost every day?',
        shortName: 'drinking every day',
        reasonYes: 'You said you drink alcohol every day or almost every day.',
        reasonNotSure: 'You were not sure whether you drink alcohol every day or almost every day.',
      },
      {
        legend: 'Does the person drink alcohol every day or almost every day?',
        shortName: 'drinking every day',
        reasonYes: 'You said the person drinks alcohol every day or almost every day.',
        reasonNotSure: 'You were not sure whether the person drinks alcohol every day or almost every day.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'daily-sedatives',
    tier: null,
    notice: 'withdrawal-caution',
    sources: ['fda-benzodiazepines', 'S35'],
    text: forBoth(
      {
        legend: 'Do you take sedatives, such as benzodiazepines, every day?',
        hint: 'For example, medicine for sleep or for anxiety, even if a doctor prescribed it.',
        shortName: 'taking sedatives every day',
        reasonYes: 'You said you take sedatives every day.',
        reasonNotSure: 'You were not sure whether you take sedatives every day.',
      },
      {
        legend: 'Does the person take sedatives, such as benzodiazepines, every day?',
        hint: 'For example, medicine for sleep or for anxiety, even if a doctor prescribed it.',
        shortName: 'taking sedatives every day',
        reasonYes: 'You said the person takes sedatives every day.',
        reasonNotSure: 'You were not sure whether the person takes sedatives every day.',
      },
    ),
  },

  // 24-hour care (inpatient or residential). Research notes 13(ii), ASAM matrix Level III/IV [S22].
  {
    kind: 'yes-no',
    id: 'withdrawal-risk',
    // 13(ii): "Could stopping alcohol or drugs cause dangerous withdrawal that needs medical monitoring?
    // [S22]". Section 4 [F, S22]: severe withdrawal risk points to 24-hour care. Mild withdrawal risk can
    // be managed as an outpatient [F2, S22b], hence "dangerous".
    tier: 'twenty-four-hour',
    sources: ['S22', 'fda-benzodiazepines', 'medlineplus-dts'],
    text: forBoth(
      {
        legend: 'Could stopping alcohol or drugs give you dangerous withdrawal?',
        hint: 'For example, you had bad withdrawal when you stopped before, or a doctor told you not to stop on your own.',
        shortName: 'withdrawal risk',
        reasonYes: 'You said stopping alcohol or drugs could give you dangerous withdrawal.',
        reasonNotSure: 'You were not sure whether stopping alcohol or drugs could give you dangerous withdrawal.',
      },
      {
        legend: 'Could stopping alcohol or drugs give the person dangerous withdrawal?',
        hint: 'For example, they had bad withdrawal when they stopped before, or a doctor told them not to stop on their own.',
        shortName: 'withdrawal risk',
        reasonYes: 'You said stopping alcohol or drugs could give the person dangerous withdrawal.',
        reasonNotSure:
          'You were not sure whether stopping alcohol or drugs could give the person dangerous withdrawal.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'daily-medical-care',
    // 13(ii): "Do you have a physical health problem that needs daily nursing or medical care? [S22]".
    // Section 4 [F, S22]: "A medical condition that needs 24-hour nursing points to Level IV".
    tier: 'twenty-four-hour',
    sources: ['S22'],
    text: forBoth(
      {
        legend: 'Do you have a health problem that needs nursing or medical care every day?',
        shortName: 'daily medical care',
        reasonYes: 'You said you have a health problem that needs nursing or medical care every day.',
        reasonNotSure: 'You were not sure whether a health problem needs nursing or medical care every day.',
      },
      {
        legend: 'Does the person have a health problem that needs nursing or medical care every day?',
        shortName: 'daily medical care',
        reasonYes: 'You said the person has a health problem that needs nursing or medical care every day.',
        reasonNotSure:
          'You were not sure whether the person has a health problem that needs nursing or medical care every day.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'round-the-clock',
    // 13(ii): "Are mental health symptoms so severe that you need someone with you around the clock?
    // [S22]"; the hint's example "kept using, or gotten worse, even while actively attending outpatient
    // or IOP" is the same tier [S22]: Section 4 [F, S22].
    tier: 'twenty-four-hour',
    sources: ['S22'],
    text: forBoth(
      {
        legend: 'Do you need support day and night to stay safe or well?',
        hint: 'For example, you cannot be left alone, or things got worse even while you were in IOP or outpatient care.',
        shortName: 'support day and night',
        reasonYes: 'You said you need support day and night to stay safe or well.',
        reasonNotSure: 'You were not sure whether you need support day and night.',
      },
      {
        legend: 'Does the person need support day and night to stay safe or well?',
        hint: 'For example, they cannot be left alone, or things got worse even while they were in IOP or outpatient care.',
        shortName: 'support day and night',
        reasonYes: 'You said the person needs support day and night to stay safe or well.',
        reasonNotSure: 'You were not sure whether the person needs support day and night.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'unsafe-home',
    // 13(ii): "Is your home unsafe for recovery (violence, people using, no stable housing), so that you
    // need a safe place to live while in treatment? [S55, S34] [R: exact ASAM Dimension 6 wording]".
    // Section 6 [F, S34]: people with high environmental risk were sent straight to residential care.
    // A yes / not sure also adds the National Domestic Violence Hotline [F, domestic-violence-hotline].
    tier: 'twenty-four-hour',
    notice: 'unsafe-home',
    sources: ['S34', 'S55', 'S6', 'S17', 'domestic-violence-hotline'],
    text: forBoth(
      {
        legend: 'Is your home unsafe for your recovery?',
        hint: 'For example, there is violence or abuse at home, people drink or use drugs around you, or you have no stable place to live.',
        shortName: 'whether your home is safe',
        reasonYes: 'You said your home is not safe for your recovery.',
        reasonNotSure: 'You were not sure whether your home is safe for your recovery.',
      },
      {
        legend: 'Is the person’s home unsafe for their recovery?',
        hint: 'For example, there is violence or abuse at home, people drink or use drugs around them, or they have no stable place to live.',
        shortName: 'whether their home is safe',
        reasonYes: 'You said the person’s home is not safe for their recovery.',
        reasonNotSure: 'You were not sure whether the person’s home is safe for their recovery.',
      },
    ),
  },

  // Partial hospitalization (PHP). Research notes 13(iii), ASAM 2.5 [S6, S48], LOCUS Level 4 [S17].
  {
    kind: 'yes-no',
    id: 'daily-doctor',
    // 13(iii): "Do you need daily contact with a team, including psychiatric or medical checks and
    // frequent medication changes? [S48]". Section 1 [F2, S6, S48]: PHP gives direct access to
    // psychiatric and medical services.
    tier: 'php',
    sources: ['S48', 'S6'],
    text: forBoth(
      {
        legend: 'Do you need to see a doctor or psychiatrist most days?',
        hint: 'For example, because your medicine needs changing often.',
        shortName: 'seeing a doctor most days',
        reasonYes: 'You said you need to see a doctor or psychiatrist most days.',
        reasonNotSure: 'You were not sure whether you need to see a doctor or psychiatrist most days.',
      },
      {
        legend: 'Does the person need to see a doctor or psychiatrist most days?',
        hint: 'For example, because their medicine needs changing often.',
        shortName: 'seeing a doctor most days',
        reasonYes: 'You said the person needs to see a doctor or psychiatrist most days.',
        reasonNotSure: 'You were not sure whether the person needs to see a doctor or psychiatrist most days.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'cannot-manage-day',
    // 13(iii): "Are your symptoms so disruptive that you cannot work or go to school right now, but you
    // can be safe at home overnight? [R: synthesized from S6/S17 level definitions]": kept only because
    // it can only raise care. Functional Status is a LOCUS dimension [F, S17]; LOCUS Level 4 is often
    // equated with PHP [F/F2, S17].
    tier: 'php',
    sources: ['S6', 'S17'],
    text: forBoth(
      {
        legend: 'Are your symptoms so strong that you cannot get through a normal day?',
        hint: 'For example, you cannot go to work or school, or look after yourself.',
        shortName: 'getting through a normal day',
        reasonYes: 'You said your symptoms are so strong that you cannot get through a normal day.',
        reasonNotSure: 'You were not sure whether you can get through a normal day.',
      },
      {
        legend: 'Are the person’s symptoms so strong that they cannot get through a normal day?',
        hint: 'For example, they cannot go to work or school, or look after themselves.',
        shortName: 'getting through a normal day',
        reasonYes: 'You said the person’s symptoms are so strong that they cannot get through a normal day.',
        reasonNotSure: 'You were not sure whether the person can get through a normal day.',
      },
    ),
  },

  // Intensive outpatient (IOP). Research notes 13(iv), ASAM 2.1 [S2, S6, S22], Medicare [S8, S9].
  {
    kind: 'yes-no',
    id: 'more-than-weekly',
    // 13(iv): "Is weekly therapy not enough, or are your symptoms or substance use getting worse despite
    // it? [S9, S8]". Asked as one thing (more help than weekly therapy gives); "getting worse" is an
    // example in the hint. People "step up to it from ordinary outpatient care" [F, S2, S8].
    tier: 'iop',
    sources: ['S8', 'S9', 'S2'],
    text: forBoth(
      {
        legend: 'Do you need more help than one therapy session a week can give?',
        hint: 'For example, things are getting worse even with weekly therapy, or you think weekly sessions would not be enough.',
        shortName: 'needing more than weekly therapy',
        reasonYes: 'You said you need more help than one therapy session a week can give.',
        reasonNotSure: 'You were not sure whether one therapy session a week would be enough.',
      },
      {
        legend: 'Does the person need more help than one therapy session a week can give?',
        hint: 'For example, things are getting worse even with weekly therapy, or you think weekly sessions would not be enough.',
        shortName: 'needing more than weekly therapy',
        reasonYes: 'You said the person needs more help than one therapy session a week can give.',
        reasonNotSure: 'You were not sure whether one therapy session a week would be enough for the person.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'slip-back',
    // 13(iv): "Without closer monitoring and support several times a week, would you likely slip back?
    // (ASAM Level II: 'high likelihood of relapse without close monitoring and support.') [S22]".
    tier: 'iop',
    sources: ['S22'],
    text: forBoth(
      {
        legend: 'Without support several times a week, would you likely slip back?',
        hint: 'For example, start drinking or using drugs again, or feel your mood sink again.',
        shortName: 'slipping back without support',
        reasonYes: 'You said you would likely slip back without support several times a week.',
        reasonNotSure: 'You were not sure whether you could stay on track without support several times a week.',
      },
      {
        legend: 'Without support several times a week, would the person likely slip back?',
        hint: 'For example, start drinking or using drugs again, or their mood sink again.',
        shortName: 'slipping back without support',
        reasonYes: 'You said the person would likely slip back without support several times a week.',
        reasonNotSure: 'You were not sure whether the person could stay on track without support several times a week.',
      },
    ),
  },
  {
    kind: 'yes-no',
    id: 'daily-life-hard',
    // 13(iv): "Do mental health symptoms get in the way of recovery or daily life, but not so much that
    // you need 24-hour care? (ASAM Level II: 'mild severity with potential to distract.') [S22]".
    tier: 'iop',
    sources: ['S22'],
    text: forBoth(
      {
        legend: 'Do your symptoms get in the way of daily life?',
        hint: 'For example, at work, at school, at home or in your recovery.',
        shortName: 'symptoms getting in the way',
        reasonYes: 'You said your symptoms get in the way of daily life.',
        reasonNotSure: 'You were not sure whether your symptoms get in the way of daily life.',
      },
      {
        legend: 'Do the person’s symptoms get in the way of their daily life?',
        hint: 'For example, at work, at school, at home or in their recovery.',
        shortName: 'symptoms getting in the way',
        reasonYes: 'You said the person’s symptoms get in the way of their daily life.',
        reasonNotSure: 'You were not sure whether the person’s symptoms get in the way of their daily life.',
      },
    ),
  },
] as const satisfies readonly YesNoQuestion[];

export type SignSetId = (typeof signSets)[number]['id'];
export type YesNoId = (typeof yesNoQuestions)[number]['id'];
export type OptionId = (typeof signSets)[number]['options'][number]['id'];
export type QuestionId = 'for' | SignSetId | YesNoId;
export type Question = WhoQuestion | SignSet | YesNoQuestion;

/** A safety list's answer: the option ids selected, or ['none'] ("No, none of these"). */
export type SignAnswer = readonly string[];

/** The answers to a form, by question id. May be partial (see `isComplete`). */
export type Answers = { for?: Audience } & { [K in SignSetId]?: SignAnswer } & { [K in YesNoId]?: Answer };

/** Every question in the order asked: who, the safety lists, then the level-of-care questions. */
export const questions: readonly Question[] = [whoQuestion, ...signSets, ...yesNoQuestions];

/** The questions without their words: what the browser's stepper needs (rules.ts). */
export const questionRules = rulesOf(questions);

/** The questions after "who": what the form shows once the reader has said who they answer for. */
export const formQuestions: readonly (SignSet | YesNoQuestion)[] = [...signSets, ...yesNoQuestions];

export const questionIds: readonly QuestionId[] = questions.map((q) => q.id as QuestionId);

const byId: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

export function isQuestionId(key: unknown): key is QuestionId {
  return typeof key === 'string' && byId.has(key);
}

export function questionById(id: QuestionId): Question {
  return byId.get(id) as Question;
}

/** The question's words for this reader (the who question reads the same for everyone). */
export function shortNameOf(question: Question, audience: Audience): string {
  return question.kind === 'who' ? question.shortName : question.text[audience].shortName;
}

export function legendOf(question: Question, audience: Audience): string {
  return question.kind === 'who' ? question.legend : question.text[audience].legend;
}

export { firstInputId, isAnswer, isAudience, noneOfThese, signSets, signValues };
