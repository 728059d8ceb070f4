import type { HarnessEvent } from "./events.ts";
import type { Backend, JudgeResult, TestResult, Verdict } from "./schema.ts";

/// How the run ended, as the back end saw it from outside the interpreter.
export type RunOutcome =
  | { readonly kind: "finished" }
  | { readonly kind: "timeout"; readonly limitMs: number }
  | { readonly kind: "output_limit"; readonly limitBytes: number }
  | { readonly kind: "memory"; readonly detail: string }
  | { readonly kind: "crashed"; readonly detail: string }
  | { readonly kind: "internal"; readonly detail: string };

export interface CapturedRun {
  readonly events: readonly HarnessEvent[];
  /// Set when the result channel carried something the harness did not write.
  readonly forged: string | undefined;
  readonly outcome: RunOutcome;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutTruncated: boolean;
  readonly stderrTruncated: boolean;
  readonly timeMs: number;
  readonly backend: Backend;
}

const MEMORY_ERRORS = new Set(["MemoryError"]);

/// Folds the harness's events and the way the run ended into one result. The first cause in this
/// order decides the verdict: the back end's limits (time, output, memory), a forged or broken
/// channel, syntax errors, tampering, load errors, and then the first test that did not pass.
export function foldResult(run: CapturedRun): JudgeResult {
  const tests: TestResult[] = [];
  let python: string | undefined;
  let started = false;
  let done = false;
  let decided: { verdict: Verdict; summary: string } | undefined;
  let syntaxError: JudgeResult["syntaxError"];
  let error: JudgeResult["error"];
  const decide = (verdict: Verdict, summary: string) => {
    decided ??= { verdict, summary };
  };

  switch (run.outcome.kind) {
    case "timeout":
      decide("time_limit_exceeded", `time limit of ${run.outcome.limitMs} ms exceeded`);
      break;
    case "output_limit":
      decide(
        "output_limit_exceeded",
        `output limit of ${formatBytes(run.outcome.limitBytes)} exceeded`,
      );
      break;
    case "memory":
      decide("memory_limit_exceeded", run.outcome.detail);
      break;
    case "internal":
      decide("internal_error", run.outcome.detail);
      break;
    case "crashed":
    case "finished":
      break;
  }
  if (run.forged !== undefined)
    decide("wrong_answer", `the result channel was tampered with: ${run.forged}`);

  for (const event of run.events) {
    if (done) {
      decide(
        "wrong_answer",
        "the result channel was tampered with: events after the end of the run",
      );
      break;
    }
    switch (event.t) {
      case "start":
        if (started) decide("wrong_answer", "the result channel was tampered with: a second start");
        started = true;
        python = event.python;
        break;
      case "syntax_error": {
        syntaxError = {
          file: event.file,
          line: event.line,
          column: event.column,
          message: event.message,
          text: event.text,
        };
        const where = `${event.file}, line ${event.line}, column ${event.column}`;
        decide("syntax_error", `${event.message} (${where})`);
        break;
      }
      case "load_error": {
        error = event.error;
        const what =
          event.role === "solution"
            ? `importing ${event.file}`
            : `loading the tests (${event.file})`;
        decide(
          MEMORY_ERRORS.has(event.error.type) ? "memory_limit_exceeded" : "runtime_error",
          `${event.error.type} while ${what}: ${firstLine(event.error.message)}`,
        );
        break;
      }
      case "tampered":
        decide("wrong_answer", `the solution changed the test framework (${event.what})`);
        break;
      case "no_tests":
        decide("internal_error", "no tests were found");
        break;
      case "test": {
        const { t, ...test } = event;
        tests.push(test);
        break;
      }
      case "script_error":
        error = event.error;
        decide(
          MEMORY_ERRORS.has(event.error.type) ? "memory_limit_exceeded" : "runtime_error",
          `${event.error.type}: ${firstLine(event.error.message)}`,
        );
        break;
      case "exit":
        decide(
          "runtime_error",
          `the program exited with status ${event.code}${event.message ? `: ${event.message}` : ""}`,
        );
        break;
      case "memory":
        decide("memory_limit_exceeded", "the program ran out of memory");
        break;
      case "interrupted":
        decide("time_limit_exceeded", "the run was interrupted at its time limit");
        break;
      case "internal":
        decide(
          "internal_error",
          `the judge failed: ${event.error.type}: ${firstLine(event.error.message)}`,
        );
        break;
      case "done":
        done = true;
        break;
    }
  }

  if (!started) {
    decide(
      "internal_error",
      run.outcome.kind === "crashed"
        ? `Python did not start: ${run.outcome.detail}`
        : "Python did not start",
    );
  }
  if (!done) {
    const how = run.outcome.kind === "crashed" ? ` (${run.outcome.detail})` : "";
    decide(
      "runtime_error",
      run.outcome.kind === "crashed" &&
        /call stack|stack size|stack overflow/i.test(run.outcome.detail)
        ? `the program's recursion went deeper than the stack allows${how}; make deep recursion iterative (an explicit stack or a loop)`
        : `the program exited before the run finished${how}; sys.exit() or os._exit()?`,
    );
  }

  const failing = tests.find((t) => t.status === "fail" || t.status === "error");
  if (failing !== undefined) {
    const notPassed = tests.filter((t) => t.status === "fail" || t.status === "error").length;
    const counted = `${notPassed} of ${tests.length} test${tests.length === 1 ? "" : "s"} did not pass`;
    if (failing.status === "fail") decide("wrong_answer", `${counted}; first: ${failing.name}`);
    else if (MEMORY_ERRORS.has(failing.errorType ?? ""))
      decide("memory_limit_exceeded", `${counted}; ${failing.name} ran out of memory`);
    else if (/File too large|Errno 27\b/.test(failing.message ?? ""))
      decide("output_limit_exceeded", `${failing.name} wrote a file past the size limit`);
    else
      decide(
        "runtime_error",
        `${counted}; first: ${failing.name} raised ${failing.errorType ?? "an error"}`,
      );
  }
  const passed = tests.filter((t) => t.status === "pass").length;
  const skipped = tests.filter((t) => t.status === "skip").length;
  const failed = tests.length - passed - skipped;
  if (tests.length > 0 && passed === 0) decide("wrong_answer", "no test passed");
  decide(
    "accepted",
    tests.length === 0 ? "the program ran without errors" : `all ${passed} tests passed`,
  );

  const verdict = decided?.verdict ?? "internal_error";
  return {
    verdict,
    summary: decided?.summary ?? "",
    tests,
    passed,
    failed,
    skipped,
    stdout: run.stdout,
    stderr: run.stderr,
    stdoutTruncated: run.stdoutTruncated,
    stderrTruncated: run.stderrTruncated,
    ...(syntaxError === undefined ? {} : { syntaxError }),
    ...(error === undefined ? {} : { error }),
    timeMs: Math.round(run.timeMs * 10) / 10,
    backend: run.backend,
    ...(python === undefined ? {} : { python }),
  };
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? "";
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / 1024 / 1024)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}
