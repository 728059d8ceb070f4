export {
  BANK_VERSION,
  EXERCISE_KINDS,
  LEVELS,
  QUESTION_KINDS,
  areaSchema,
  bankSchema,
  choiceSchema,
  complexitySchema,
  COMPLEXITY_CLASSES,
  type ComplexityClass,
  exerciseSchema,
  idSchema,
  keyPointSchema,
  lessonExampleSchema,
  lessonSchema,
  levelSchema,
  questionSchema,
  sourceFileSchema,
  topicSchema,
} from "./bank.ts";
export type {
  Area,
  Bank,
  Choice,
  Exercise,
  KeyPoint,
  Lesson,
  LessonExample,
  Level,
  Question,
  QuestionKind,
  SourceFile,
  Topic,
} from "./bank.ts";
export {
  PrerequisiteCycleError,
  allPrerequisites,
  findCycles,
  topologicalOrder,
} from "./curriculum.ts";
export type { PrerequisiteNode } from "./curriculum.ts";
export {
  AnswerMismatchError,
  CONTRADICTION_PENALTY,
  GOOD_FROM,
  HARD_FROM,
  findPhrase,
  grade,
  gradeJudged,
  gradeKeyPoints,
  normalizeOutput,
  suggestRating,
  STRONG_DESPITE_MISCONCEPTION,
} from "./grading/grade.ts";
export type { Answer, Grade, KeyPointResult, Rating } from "./grading/grade.ts";
export { canonicalBigO, keyOf, tokenize } from "./grading/text.ts";
export type { Token } from "./grading/text.ts";
export { ScheduleError, Scheduler } from "./scheduling.ts";
export type { CardState, CardStatus, ReviewLogEntry, SchedulerOptions } from "./scheduling.ts";
export { MINUTES, REVIEW_FACTOR, itemsOf, levelRank, minutesFor } from "./items.ts";
export type { Item, ItemKind } from "./items.ts";
export { itemMastery, readiness, topicMastery } from "./mastery.ts";
export type { MasteryInput, Readiness, ReadinessInput, TopicMastery } from "./mastery.ts";
export { dailyPlan } from "./plan.ts";
export type { Plan, PlanInput, PlannedItem } from "./plan.ts";
export { MOCK_MINUTES, MockSettingsError, assembleMock, mulberry32, scoreMock } from "./mock.ts";
export type { MockAnswer, MockInput, MockQuestion, MockReport, MockSession } from "./mock.ts";
export {
  DEFAULT_SETTINGS,
  EXPORT_VERSION,
  ImportRefusedError,
  SchemaVersionError,
  exportSchema,
  readExport,
  settingsSchema,
} from "./store.ts";
export type {
  Attempt,
  Bookmark,
  ExportData,
  MockRecord,
  Note,
  Settings,
  Store,
  StoredCard,
  User,
} from "./store.ts";
export { exportLearner, interviewDay, loadCards, rebuildCards, schedulerFor } from "./export.ts";
export { activityOf } from "./activity.ts";
export type { Activity, DayActivity } from "./activity.ts";
export {
  OutOfOrderReviewError,
  UnknownItemError,
  progressOf,
  recordAnswer,
  recordRating,
  recordSubmission,
  settingsOf,
  todayFor,
} from "./learner.ts";
export type { ProgressSummary } from "./learner.ts";
