/** The "Is IOP right for me?" self-check: questions, answer checking and the decision. */
export {
  answerValues,
  isAnswer,
  isQuestionId,
  questionById,
  questionIds,
  questions,
  type Answer,
  type Answers,
  type Question,
  type QuestionId,
  type SourceKey,
} from './questions';
export { higherTier, tierIds, tierInfo, tierOrder, tiers, type Tier, type TierInfo } from './tiers';
export {
  answerSchema,
  answersSchema,
  firstEmergencyStop,
  inputFromFormData,
  isComplete,
  missingAnswerMessage,
  parseAnswers,
  unknownFieldMessage,
  type AnswerError,
  type ParseResult,
} from './schema';
export { decide, type Result } from './decide';
export { disclaimer, emergencyDisclaimer, type NextStep } from './next-steps';
