import { z } from "zod";
import { runRequestFields } from "../schema.ts";

/// Messages between a judge worker and the page or process that owns it. Both sides validate
/// what they receive; the worker boundary is typed, and interrupts and timeouts come back as values.

export const toWorkerSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("init"),
    /// python/harness.py, sent by the owner so the worker needs no file access or fetch.
    harness: z.string(),
    /// Where pyodide.mjs and its files are (a URL in the browser, a folder in Node).
    indexURL: z.string().optional(),
    /// Int32Array(1) over a SharedArrayBuffer: the owner writes 2 (SIGINT) to interrupt a run.
    interrupt: z.instanceof(Int32Array).optional(),
  }),
  z.object({ type: z.literal("run"), id: z.number().int(), request: z.object(runRequestFields) }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const fromWorkerSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), python: z.string(), loadMs: z.number() }),
  z.object({ type: z.literal("failed"), message: z.string() }),
  /// One harness event, as the JSON text the harness wrote.
  z.object({ type: z.literal("event"), id: z.number().int(), json: z.string() }),
  z.object({
    type: z.literal("output"),
    id: z.number().int(),
    stream: z.enum(["stdout", "stderr"]),
    text: z.string(),
    bytes: z.number(),
  }),
  z.object({
    type: z.literal("finished"),
    id: z.number().int(),
    /// Set when the run printed more than the output limit and was stopped.
    outputLimit: z.boolean(),
    /// Bytes of WebAssembly memory after the run; the owner recycles a worker that grew too much.
    heapBytes: z.number(),
    /// Size of the largest file the run left in its folder.
    largestFileBytes: z.number(),
    /// False when the interpreter can no longer be trusted (framework patched, fatal error).
    reusable: z.boolean(),
    /// Set when the runtime itself stopped (os._exit, an abort): what it said.
    fatal: z.string().optional(),
  }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
