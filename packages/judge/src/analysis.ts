import type { JudgeResult, PythonRunner, RunRequest } from "./schema.ts";
import { z } from "zod";

/// What python/analyzer.py reports: habits an interviewer would point out in a solution. Each
/// finding names its rule, the line, why it matters, how serious it is, and the curriculum topic
/// that teaches the point (docs/judge.md lists the rules).
export const FINDING_SEVERITIES = ["info", "warning", "error"] as const;
export const findingSeveritySchema = z.enum(FINDING_SEVERITIES);
export type FindingSeverity = z.infer<typeof findingSeveritySchema>;

export const findingSchema = z.object({
  /// A kebab-case rule id, e.g. `mutable-default-argument`; `syntax-error` when Python can't parse.
  rule: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  line: z.number().int().positive(),
  message: z.string().min(1),
  severity: findingSeveritySchema,
  /// The id of the topic that teaches it, e.g. `function-arguments`.
  topic: z.string().min(1),
});
export type Finding = z.infer<typeof findingSchema>;
export const findingsSchema = z.array(findingSchema);

/// Whether any finding is a warning or an error (what makes `pyprep analyze` exit 1).
export function hasSeriousFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity !== "info");
}

/// The analyzer in script mode, so that both back ends (and a web page) run it the same way.
const RUN_ANALYZER = `import sys
import analyzer
sys.exit(analyzer.main(["pyprep_subject.py"]))
`;

/// The script-mode run that analyzes `source` with `analyzer` (the text of python/analyzer.py).
export function analysisRequest(analyzer: string, source: string): RunRequest {
  return {
    mode: "script",
    solution: { name: "pyprep_run_analyzer.py", source: RUN_ANALYZER },
    files: [
      { name: "analyzer.py", source: analyzer },
      { name: "pyprep_subject.py", source },
    ],
    timeLimitMs: 30_000,
  };
}

/// The findings of a finished analyzer run, or an Error saying why there are none.
export function parseFindings(result: JudgeResult): Finding[] {
  if (result.verdict !== "accepted")
    throw new Error(`the analyzer failed: ${result.error?.message ?? result.summary}`);
  return findingsSchema.parse(JSON.parse(result.stdout));
}

/// Runs the analyzer on `runner` (either back end) and returns its findings.
export async function analyzeSource(
  runner: PythonRunner,
  analyzer: string,
  source: string,
): Promise<Finding[]> {
  return parseFindings(await runner.run(analysisRequest(analyzer, source)));
}
