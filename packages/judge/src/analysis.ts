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
