import { describe, expect, it } from "vitest";
import { foldResult, type CapturedRun, type HarnessEvent } from "./index.ts";

const run = (events: HarnessEvent[], extra: Partial<CapturedRun> = {}): CapturedRun => ({
  events,
  forged: undefined,
  outcome: { kind: "finished" },
  stdout: "",
  stderr: "",
  stdoutTruncated: false,
  stderrTruncated: false,
  timeMs: 12.34,
  backend: "native",
  ...extra,
});
const start: HarnessEvent = { t: "start", python: "3.12.1", implementation: "cpython" };
const done: HarnessEvent = { t: "done", durationMs: 1 };
const pass = (name: string): HarnessEvent => ({ t: "test", name, status: "pass", durationMs: 1 });

describe("foldResult", () => {
  it("accepts a run whose tests all passed, skips included", () => {
    const result = foldResult(
      run([start, pass("a"), { t: "test", name: "b", status: "skip", durationMs: 0 }, done]),
    );
    expect(result).toMatchObject({
      verdict: "accepted",
      passed: 1,
      failed: 0,
      skipped: 1,
      python: "3.12.1",
      timeMs: 12.3,
    });
  });

  it("lets the back end's limits decide before anything the program reported", () => {
    const result = foldResult(
      run([start, pass("a"), done], { outcome: { kind: "timeout", limitMs: 500 } }),
    );
    expect(result).toMatchObject({
      verdict: "time_limit_exceeded",
      summary: "time limit of 500 ms exceeded",
    });
    const output = foldResult(
      run([start, pass("a"), done], {
        outcome: { kind: "output_limit", limitBytes: 8 * 1024 * 1024 },
      }),
    );
    expect(output.summary).toBe("output limit of 8 MB exceeded");
  });

  it("never accepts a run whose channel carried foreign lines or events after the end", () => {
    expect(
      foldResult(run([start, pass("a"), done], { forged: "a line the harness did not write" }))
        .verdict,
    ).toBe("wrong_answer");
    expect(foldResult(run([start, done, pass("a"), done])).verdict).toBe("wrong_answer");
    expect(foldResult(run([start, start, pass("a"), done])).verdict).toBe("wrong_answer");
  });

  it("calls a run that ended without its final event a runtime error", () => {
    const result = foldResult(
      run([start, pass("a")], { outcome: { kind: "crashed", detail: "exit status 0" } }),
    );
    expect(result.verdict).toBe("runtime_error");
    expect(result.summary).toBe(
      "the program exited before the run finished (exit status 0); sys.exit() or os._exit()?",
    );
  });

  it("names a stack overflow of the runtime (deep recursion in Pyodide) as such", () => {
    const result = foldResult(
      run([start, pass("a")], {
        outcome: { kind: "crashed", detail: "RangeError: Maximum call stack size exceeded" },
      }),
    );
    expect(result.verdict).toBe("runtime_error");
    expect(result.summary).toMatch(/^the program's recursion went deeper than the stack allows/);
  });

  it("reports an interpreter that never started as an internal error", () => {
    expect(
      foldResult(run([], { outcome: { kind: "crashed", detail: "exit status 127" } })),
    ).toMatchObject({
      verdict: "internal_error",
      summary: "Python did not start: exit status 127",
    });
  });

  it("takes the first test that did not pass as the verdict", () => {
    const result = foldResult(
      run([
        start,
        { t: "test", name: "a", status: "error", errorType: "KeyError", durationMs: 1 },
        { t: "test", name: "b", status: "fail", durationMs: 1 },
        done,
      ]),
    );
    expect(result).toMatchObject({ verdict: "runtime_error", failed: 2 });
    expect(result.summary).toBe("2 of 2 tests did not pass; first: a raised KeyError");
  });

  it("turns MemoryError into memory_limit_exceeded", () => {
    const result = foldResult(
      run([
        start,
        { t: "test", name: "a", status: "error", errorType: "MemoryError", durationMs: 1 },
        done,
      ]),
    );
    expect(result.verdict).toBe("memory_limit_exceeded");
  });
});
