/** The "Is IOP right for me?" self-check: questions, answer checking and the decision. */
export {
  answerValues,
  audiences,
  firstInputId,
  formQuestions,
  isAnswer,
  isAudience,
  isQuestionId,
  legendOf,
  noneOfThese,
  questionById,
  questionIds,
  questions,
  shortNameOf,
  signSets,
  signValues,
  whoQuestion,
  yesNoQuestions,
  type Answer,
  type Answers,
  type Audience,
  type OptionId,
  type Question,
  type QuestionId,
  type SignAnswer,
  type SignOption,
  type SignSet,
  type SignSetId,
  type SourceKey,
  type YesNoId,
  type YesNoQuestion,
} from './questions';
export { higherTier, tierIds, tierInfo, tierOrder, tiers, type Tier, type TierInfo } from './tiers';
export { audienceOf, problemWith, selectedOptions } from './answers';
export {
  firstEmergencyStop,
  inputFromFormData,
  isComplete,
  missingAnswerMessage,
  parseAnswers,
  unknownFieldMessage,
  validAnswers,
  type AnswerError,
  type ParseResult,
} from './schema';
export { decide, type Result } from './decide';
export { disclaimer, emergencyDisclaimer, supportingSomeoneHref, type NextStep, type Notice } from './next-steps';
export { selfCheckSources, isSelfCheckSourceId, type SelfCheckSource, type SelfCheckSourceId } from './sources';
