// Python in the page: the judge's Pyodide pool in module Web Workers, loaded on first use.
import type { Exercise } from "@pyprep/core";
import type { JudgeResult, RunRequest } from "@pyprep/judge";
import type { BrowserPyodideRunner, ComplexityEstimate, Finding } from "@pyprep/judge/browser";

export type PythonStatus =
  | { readonly state: "idle" }
  | { readonly state: "loading"; readonly since: number }
  | { readonly state: "ready"; readonly version: string; readonly loadMs: number }
  | { readonly state: "failed"; readonly message: string };

let status: PythonStatus = { state: "idle" };
const listeners = new Set<(s: PythonStatus) => void>();
let runner: Promise<BrowserPyodideRunner> | undefined;

function set(next: PythonStatus): void {
  status = next;
  for (const listener of listeners) listener(next);
}

export function pythonStatus(): PythonStatus {
  return status;
}

export function onPythonStatus(listener: (s: PythonStatus) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/// Starts Python (once) and resolves with the runner.
export function python(): Promise<BrowserPyodideRunner> {
  if (runner !== undefined) return runner;
  const since = performance.now();
  set({ state: "loading", since });
  runner = (async () => {
    const [{ BrowserPyodideRunner }, harness, worker] = await Promise.all([
      import("@pyprep/judge/browser"),
      import("@pyprep/judge/harness.py?raw"),
      import("@pyprep/judge/worker-browser?worker&url"),
    ]);
    const created = new BrowserPyodideRunner({
      harness: harness.default,
      workerUrl: worker.default,
      indexURL: "/pyodide/",
      workers: 1,
    });
    const version = await created.ready();
    set({ state: "ready", version, loadMs: Math.round(performance.now() - since) });
    return created;
  })();
  runner.catch((error: unknown) => {
    runner = undefined;
    set({ state: "failed", message: error instanceof Error ? error.message : String(error) });
  });
  return runner;
}

/// Runs an exercise's tests against the learner's code: the visible ones (Run) or all (Submit).
export async function judgeExercise(
  exercise: Exercise,
  code: string,
  which: "visible" | "all",
): Promise<JudgeResult> {
  const request: RunRequest = {
    solution: { name: `${exercise.module}.py`, source: code },
    tests: exercise.tests
      .filter((t) => which === "all" || t.visible)
      .map((t) => ({ name: t.name, source: t.source })),
    timeLimitMs: exercise.timeLimitMs,
  };
  return (await python()).run(request);
}

/// Runs a snippet as a program (lesson and answer examples) and returns what it printed.
export async function runSnippet(code: string): Promise<JudgeResult> {
  return (await python()).run({
    mode: "script",
    solution: { name: "example.py", source: code },
    timeLimitMs: 10_000,
  });
}

/// Stops whatever is running (the learner's Stop button).
export async function stopPython(): Promise<void> {
  if (runner !== undefined) (await runner).stop();
}

/// After an accepted submission: how the learner's solution grows, measured in the page with the
/// exercise's generator. Undefined when the exercise has none.
export async function measureGrowth(
  exercise: Exercise,
  code: string,
): Promise<ComplexityEstimate | undefined> {
  const entry = exercise.complexity?.entry;
  const generator = exercise.generator;
  if (generator === undefined || entry === undefined) return undefined;
  const [{ estimateComplexity }, script, pool] = await Promise.all([
    import("@pyprep/judge/browser"),
    import("@pyprep/judge/complexity.py?raw"),
    python(),
  ]);
  return estimateComplexity(pool, script.default, {
    module: exercise.module,
    source: code,
    entry,
    generator,
  });
}

/// What an interviewer would notice in the code: the judge's analyzer, run in the page.
export async function reviewCode(code: string): Promise<Finding[]> {
  const [{ analyzeSource }, analyzer, pool] = await Promise.all([
    import("@pyprep/judge/browser"),
    import("@pyprep/judge/analyzer.py?raw"),
    python(),
  ]);
  return analyzeSource(pool, analyzer.default, code);
}
