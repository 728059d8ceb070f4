import { z } from "zod";

/// What the Python harness reports, one event at a time (python/harness.py). Both back ends
/// validate every event with this schema before folding them into a result.
const errorInfo = z.object({ type: z.string(), message: z.string(), traceback: z.string() });

export const harnessEventSchema = z.discriminatedUnion("t", [
  z.object({ t: z.literal("start"), python: z.string(), implementation: z.string() }),
  z.object({
    t: z.literal("syntax_error"),
    role: z.enum(["solution", "tests"]),
    file: z.string(),
    line: z.number(),
    column: z.number(),
    message: z.string(),
    text: z.string(),
  }),
  z.object({
    t: z.literal("load_error"),
    role: z.enum(["solution", "tests"]),
    file: z.string(),
    error: errorInfo,
  }),
  z.object({ t: z.literal("tampered"), what: z.string() }),
  z.object({ t: z.literal("no_tests") }),
  z.object({
    t: z.literal("test"),
    name: z.string(),
    status: z.enum(["pass", "fail", "error", "skip"]),
    message: z.string().optional(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    errorType: z.string().optional(),
    durationMs: z.number(),
  }),
  z.object({ t: z.literal("script_error"), error: errorInfo }),
  z.object({ t: z.literal("exit"), code: z.number(), message: z.string() }),
  z.object({ t: z.literal("memory") }),
  z.object({ t: z.literal("interrupted") }),
  z.object({ t: z.literal("internal"), error: errorInfo }),
  z.object({ t: z.literal("done"), durationMs: z.number() }),
]);
export type HarnessEvent = z.infer<typeof harnessEventSchema>;
