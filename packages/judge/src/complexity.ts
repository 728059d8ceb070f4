import { z } from "zod";
import { GROWTH_CLASSES } from "./growth.ts";
import type { JudgeResult, PythonRunner, RunRequest } from "./schema.ts";

export { GROWTH_CLASSES, compareGrowth, formatMeasurement, growthMessage } from "./growth.ts";
export type { GrowthClass } from "./growth.ts";

export const growthClassSchema = z.enum(GROWTH_CLASSES);

const MARKER = "@@pyprep-complexity@@";

/// What python/complexity.py reports for one solution.
export const complexityEstimateSchema = z.object({
  class: growthClassSchema,
  /// The chosen class's share of the model weights, 0–1.
  confidence: z.number().min(0).max(1),
  /// The class of the executed-line counts (machine-independent), when enough sizes were counted.
  lineClass: growthClassSchema.nullable(),
  /// Whether one generated input could be reused for repeated calls (the function left it as it was).
  reusableInputs: z.boolean(),
  /// Seconds of processor time per call, the minimum over repeated batches, per size.
  measurements: z.array(
    z.object({ n: z.number().int().positive(), seconds: z.number().nonnegative() }),
  ),
  lineCounts: z.array(
    z.object({ n: z.number().int().positive(), lines: z.number().int().nonnegative() }),
  ),
  /// Each class's weight after the model selection (classes below the line-count floor are absent).
  weights: z.record(z.string(), z.number()),
});
export type ComplexityEstimate = z.infer<typeof complexityEstimateSchema>;

export interface ComplexityInput {
  /// The learner's module: its file is `<module>.py`.
  readonly module: string;
  readonly source: string;
  /// The function of the module to call with the generator's arguments.
  readonly entry: string;
  /// A Python file defining `generate(n)`.
  readonly generator: string;
  /// Time the measurements may take, in milliseconds (the run's limit is set above it).
  readonly budgetMs?: number;
}

/// Why an estimate could not be made: the learner's code raised, the generator is wrong, or a
/// single call is already too slow for the budget.
export class ComplexityError extends Error {
  override readonly name = "ComplexityError";
}

export const DEFAULT_COMPLEXITY_BUDGET_MS = 3000;

/// The script-mode run that measures `input` with `script` (the text of python/complexity.py).
export function complexityRequest(script: string, input: ComplexityInput): RunRequest {
  const budgetMs = input.budgetMs ?? DEFAULT_COMPLEXITY_BUDGET_MS;
  return {
    mode: "script",
    solution: { name: "pyprep_complexity.py", source: script },
    files: [
      { name: `${input.module}.py`, source: input.source },
      { name: "generator.py", source: input.generator },
      {
        name: "complexity_request.json",
        source: JSON.stringify({ module: input.module, entry: input.entry, budget_ms: budgetMs }),
      },
    ],
    // Generating inputs, the warm-up and the line counting come on top of the budget.
    timeLimitMs: budgetMs * 3 + 10_000,
  };
}

/// Reads the estimate out of a finished run, or throws ComplexityError saying what went wrong.
export function parseComplexity(result: JudgeResult): ComplexityEstimate {
  const line = result.stdout.split("\n").find((l) => l.startsWith(MARKER));
  if (line === undefined) {
    const detail =
      result.error === undefined ? result.summary : `${result.error.type}: ${result.error.message}`;
    throw new ComplexityError(`the measurement did not finish (${result.verdict}): ${detail}`);
  }
  const raw = JSON.parse(line.slice(MARKER.length)) as unknown;
  if (typeof raw === "object" && raw !== null && "error" in raw) {
    throw new ComplexityError(String(raw.error));
  }
  return complexityEstimateSchema.parse(raw);
}

/// Measures how `input.entry` grows on `runner` (either back end).
export async function estimateComplexity(
  runner: PythonRunner,
  script: string,
  input: ComplexityInput,
): Promise<ComplexityEstimate> {
  return parseComplexity(await runner.run(complexityRequest(script, input)));
}
