import { z } from "zod";

export const VERDICTS = [
  "accepted",
  "wrong_answer",
  "runtime_error",
  "syntax_error",
  "time_limit_exceeded",
  "memory_limit_exceeded",
  "output_limit_exceeded",
  "internal_error",
] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const BACKENDS = ["native", "pyodide"] as const;
export const backendSchema = z.enum(BACKENDS);
export type Backend = z.infer<typeof backendSchema>;

export const testStatusSchema = z.enum(["pass", "fail", "error", "skip"]);
export type TestStatus = z.infer<typeof testStatusSchema>;

export const testResultSchema = z.object({
  /// `Class.test_method`, `test_function`, or with a subtest's parameters: `Class.test [n=3]`.
  name: z.string(),
  status: testStatusSchema,
  /// The assertion's message, or the error's traceback (learner's and tests' frames only).
  message: z.string().optional(),
  /// What the assertion expected and what it got, as Python reprs, where the assertion knows them.
  expected: z.string().optional(),
  actual: z.string().optional(),
  /// The exception's type for `error`s, e.g. `ZeroDivisionError`.
  errorType: z.string().optional(),
  durationMs: z.number().nonnegative(),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const syntaxErrorSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  message: z.string(),
  text: z.string(),
});
export type SyntaxErrorInfo = z.infer<typeof syntaxErrorSchema>;

/// The outcome of one run, the same for both back ends.
export const judgeResultSchema = z.object({
  verdict: verdictSchema,
  /// One line saying why, e.g. "2 of 7 tests failed" or "time limit of 2000 ms exceeded".
  summary: z.string(),
  tests: z.array(testResultSchema),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /// Standard output and error of the run, each capped; `…Truncated` says when they were cut.
  stdout: z.string(),
  stderr: z.string(),
  stdoutTruncated: z.boolean(),
  stderrTruncated: z.boolean(),
  /// For a syntax error in the learner's file (or the tests): where it is.
  syntaxError: syntaxErrorSchema.optional(),
  /// For an error outside any test (at import, in a script): what was raised.
  error: z.object({ type: z.string(), message: z.string(), traceback: z.string() }).optional(),
  /// Wall-clock time of the run as the caller saw it, start-up included.
  timeMs: z.number().nonnegative(),
  backend: backendSchema,
  /// The Python version that ran the code, e.g. "3.11.7".
  python: z.string().optional(),
});
export type JudgeResult = z.infer<typeof judgeResultSchema>;

/// A file name inside the run's folder: no directories, nothing hidden.
export const fileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, "a file name without directories, e.g. two_fer.py")
  .max(100);
export const sourceFileSchema = z.object({ name: fileNameSchema, source: z.string() });
export type SourceFile = z.infer<typeof sourceFileSchema>;

export const runRequestFields = {
  /// `tests`: run `tests` against the module `solution`; `script`: run `solution` as a program.
  mode: z.enum(["tests", "script"]).default("tests"),
  solution: sourceFileSchema.refine(
    (f) => f.name.endsWith(".py"),
    "the solution must be a .py file",
  ),
  tests: z.array(sourceFileSchema).default([]),
  /// Other files placed beside the solution (helper modules, data files).
  files: z.array(sourceFileSchema).default([]),
  /// Fed to standard input; reading past its end raises EOFError.
  stdin: z.string().default(""),
  timeLimitMs: z.number().int().min(50).max(600_000).default(10_000),
};

export const runRequestSchema = z
  .object(runRequestFields)
  .refine((r) => r.mode === "script" || r.tests.length > 0, {
    error: "tests mode needs at least one test file",
    path: ["tests"],
  });
export type RunRequest = z.input<typeof runRequestSchema>;
export type ParsedRunRequest = z.output<typeof runRequestSchema>;

/// Limits that both back ends apply (the native one enforces all of them through the OS).
export interface Limits {
  readonly memoryMb: number;
  /// Bytes of stdout + stderr after which the run is stopped (output_limit_exceeded).
  readonly maxOutputBytes: number;
  /// Bytes of each stream kept in the result.
  readonly keepOutputBytes: number;
  readonly fileSizeMb: number;
}

export const DEFAULT_LIMITS: Limits = {
  memoryMb: 1024,
  maxOutputBytes: 8 * 1024 * 1024,
  keepOutputBytes: 64 * 1024,
  fileSizeMb: 64,
};

/// A Python runner: the port the rest of pyprep uses, whatever the back end.
export interface PythonRunner {
  readonly backend: Backend;
  run(request: RunRequest): Promise<JudgeResult>;
  close(): Promise<void>;
}
