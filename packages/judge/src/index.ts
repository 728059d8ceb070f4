export {
  BACKENDS,
  DEFAULT_LIMITS,
  VERDICTS,
  backendSchema,
  fileNameSchema,
  judgeResultSchema,
  runRequestSchema,
  sourceFileSchema,
  syntaxErrorSchema,
  testResultSchema,
  testStatusSchema,
  verdictSchema,
} from "./schema.ts";
export type {
  Backend,
  JudgeResult,
  Limits,
  ParsedRunRequest,
  PythonRunner,
  RunRequest,
  SourceFile,
  SyntaxErrorInfo,
  TestResult,
  TestStatus,
  Verdict,
} from "./schema.ts";
export {
  FINDING_SEVERITIES,
  findingSchema,
  findingSeveritySchema,
  findingsSchema,
  analysisRequest,
  analyzeSource,
  hasSeriousFinding,
  parseFindings,
} from "./analysis.ts";
export type { Finding, FindingSeverity } from "./analysis.ts";
export { harnessEventSchema } from "./events.ts";
export type { HarnessEvent } from "./events.ts";
export { foldResult } from "./verdict.ts";
export type { CapturedRun, RunOutcome } from "./verdict.ts";
export {
  ComplexityError,
  DEFAULT_COMPLEXITY_BUDGET_MS,
  GROWTH_CLASSES,
  compareGrowth,
  complexityEstimateSchema,
  complexityRequest,
  estimateComplexity,
  formatMeasurement,
  growthClassSchema,
  growthMessage,
  parseComplexity,
} from "./complexity.ts";
export type { ComplexityEstimate, ComplexityInput, GrowthClass } from "./complexity.ts";
