// Public API of the grading engine: question and rubric schemas, grading of answers and practice
// submissions, and module mastery. Other modules import from here, not from the files behind it.
export {
  type GradeResult,
  gradeAnswer,
  type ResponseIssue,
  type ResponseValidation,
  validateResponse,
} from './grade.ts';
export { DEFAULT_MASTERY_THRESHOLD, isMastered, moduleScore, type QuestionScore } from './mastery.ts';
export { formatNumber, parseLearnerNumber } from './numbers.ts';
export {
  countBlanks,
  type FillInQuestion,
  type MatchingQuestion,
  type MultipleQuestion,
  type NumericQuestion,
  type OrderingQuestion,
  type Question,
  type QuestionInput,
  type QuestionOf,
  QuestionSchema,
  type QuestionType,
  questionTypes,
  type ResponseByType,
  type ResponseFor,
  ResponseSchemas,
  type SingleQuestion,
  type TrueFalseQuestion,
} from './questions.ts';
export {
  type Criterion,
  type CriterionOf,
  type CriterionResult,
  CriterionSchema,
  type CriterionType,
  DEFAULT_PASS_SCORE,
  gradePractice,
  type PracticeResult,
  type PracticeSubmission,
  type Rubric,
  type RubricInput,
  RubricSchema,
} from './rubric.ts';
export { foldDiacritics, type Localized, normaliseAnswerText } from './text.ts';
