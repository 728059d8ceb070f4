// The exercise workspace: statement, editor with the starter, Run (visible tests) and Submit (all
// tests), per-test results, Stop, hints one at a time, and the reference solution afterwards.
import type { Exercise } from "@pyprep/core";
import type { ComplexityEstimate, Finding, JudgeResult } from "@pyprep/judge";
import {
  GROWTH_CLASSES,
  formatMeasurement,
  growthMessage,
  type GrowthClass,
} from "@pyprep/judge/growth";
import { useEffect, useRef, useState } from "preact/hooks";
import { client } from "../api.ts";
import type { Editor } from "../editor.ts";
import { useStored } from "../hooks.ts";
import {
  judgeExercise,
  measureGrowth,
  onPythonStatus,
  reviewCode,
  pythonStatus,
  python,
  stopPython,
  type PythonStatus,
} from "../python.ts";
import { ErrorBox, Markdown } from "./basics.tsx";
import { SaveControls } from "./saved.tsx";

const VERDICT_NAMES: Record<string, string> = {
  accepted: "Accepted",
  wrong_answer: "Wrong answer",
  runtime_error: "Runtime error",
  syntax_error: "Syntax error",
  time_limit_exceeded: "Time limit exceeded",
  memory_limit_exceeded: "Memory limit exceeded",
  output_limit_exceeded: "Output limit exceeded",
  internal_error: "Internal error",
};

export function usePythonStatus(): PythonStatus {
  const [status, setStatus] = useState(pythonStatus());
  useEffect(() => onPythonStatus(setStatus), []);
  return status;
}

export function PythonBadge() {
  const status = usePythonStatus();
  const [, tick] = useState(0);
  useEffect(() => {
    if (status.state !== "loading") return;
    const timer = setInterval(() => {
      tick((n) => n + 1);
    }, 250);
    return () => {
      clearInterval(timer);
    };
  }, [status.state]);
  if (status.state === "idle") return null;
  if (status.state === "loading") {
    const seconds = (performance.now() - status.since) / 1000;
    return (
      <div class="python-status" role="status" aria-live="polite">
        <progress
          aria-label="Loading Python"
          max={100}
          value={Math.min(95, Math.round((seconds / 4) * 100))}
        />
        Loading Python in this page… {seconds.toFixed(1)} s
      </div>
    );
  }
  if (status.state === "failed")
    return <ErrorBox error={`Python could not start in this page: ${status.message}`} />;
  return (
    <p class="python-status ready" role="status">
      Python {status.version} ready ({(status.loadMs / 1000).toFixed(1)} s)
    </p>
  );
}

/// Per-test results with expected vs actual, the verdict, stdout and the elapsed time.
export function ResultView({ result, stopped }: { result: JudgeResult; stopped: boolean }) {
  const verdict = stopped ? "Stopped" : (VERDICT_NAMES[result.verdict] ?? result.verdict);
  return (
    <div class={`result verdict-${stopped ? "stopped" : result.verdict}`} aria-live="polite">
      <p class="verdict">
        <strong>{verdict}</strong> — {result.passed} of {result.passed + result.failed} tests passed
        in {(result.timeMs / 1000).toFixed(2)} s
      </p>
      {!stopped && result.summary !== "" && <p class="summary">{result.summary}</p>}
      {result.syntaxError !== undefined && (
        <pre tabIndex={0} class="output">
          Line {result.syntaxError.line}: {result.syntaxError.message}
        </pre>
      )}
      {result.error !== undefined && (
        <pre tabIndex={0} class="output">
          {result.error.traceback}
        </pre>
      )}
      {result.tests.length > 0 && (
        <ul class="tests">
          {result.tests.map((t) => (
            <li key={t.name} class={`test test-${t.status}`}>
              <span class="mark" aria-hidden="true">
                {t.status === "pass" ? "✓" : t.status === "skip" ? "–" : "✗"}
              </span>{" "}
              <code>{t.name}</code> <span class="sr-only">{t.status}</span>
              {t.status !== "pass" && t.message !== undefined && (
                <pre tabIndex={0} class="output">
                  {t.message}
                </pre>
              )}
              {t.expected !== undefined && t.status !== "pass" && (
                <dl class="expected">
                  <dt>Expected</dt>
                  <dd>
                    <code>{t.expected}</code>
                  </dd>
                  <dt>Actual</dt>
                  <dd>
                    <code>{t.actual ?? ""}</code>
                  </dd>
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.stdout !== "" && (
        <>
          <h3>Output</h3>
          <pre tabIndex={0} class="output">
            {result.stdout}
          </pre>
        </>
      )}
      {result.stderr !== "" && (
        <>
          <h3>Errors</h3>
          <pre tabIndex={0} class="output">
            {result.stderr}
          </pre>
        </>
      )}
    </div>
  );
}

type Growth =
  | { readonly state: "measuring" }
  | { readonly state: "done"; readonly estimate: ComplexityEstimate }
  | { readonly state: "failed"; readonly message: string };

/// How the accepted solution grows with its input, next to what the problem needs.
function GrowthView({ growth, expected }: { growth: Growth; expected?: GrowthClass | undefined }) {
  if (growth.state === "measuring")
    return (
      <p class="growth muted" role="status">
        Measuring how your solution grows…
      </p>
    );
  if (growth.state === "failed")
    return (
      <p class="growth muted" role="status">
        Could not measure how your solution grows: {growth.message}
      </p>
    );
  const { estimate } = growth;
  const slower =
    expected !== undefined &&
    GROWTH_CLASSES.indexOf(estimate.class) > GROWTH_CLASSES.indexOf(expected);
  const rows = estimate.measurements.filter(
    (_, i, all) => all.length <= 8 || i % Math.ceil(all.length / 8) === 0 || i === all.length - 1,
  );
  return (
    <section class={`growth ${slower ? "slower" : "fine"}`} aria-label="How your solution grows">
      <p role="status">
        <strong>{growthMessage(estimate, expected)}</strong>{" "}
        <span class="muted">({Math.round(estimate.confidence * 100)}% confidence)</span>
      </p>
      <details>
        <summary>Measurements</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">input size n</th>
              <th scope="col">time per call</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const [n, time] = formatMeasurement(m).split(" → ");
              return (
                <tr key={m.n}>
                  <td>{n}</td>
                  <td>{time}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {estimate.lineClass !== null && (
          <p class="muted">Executed Python lines grow like {estimate.lineClass}.</p>
        )}
      </details>
    </section>
  );
}

/// The analyzer's findings on the submitted code, each linked to the topic that teaches it.
function FindingsView({ findings }: { findings: Finding[] }) {
  return (
    <section class="findings" aria-label="What an interviewer would notice">
      <h2>What an interviewer would notice</h2>
      {findings.length === 0 ? (
        <p class="muted">Nothing: no pitfalls, slow patterns or unidiomatic habits found.</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={`${f.rule}:${f.line}`} class={`finding finding-${f.severity}`}>
              <span class="severity">{f.severity}</span> line {f.line}:{" "}
              <Markdown source={f.message} class="inline" />{" "}
              <a href={`/topic/${f.topic}`}>Study {f.topic.replace(/-/g, " ")}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Workspace({
  exercise,
  onSubmitted,
}: {
  exercise: Exercise;
  /// In a mock interview: the judged submission, and no solution is offered.
  onSubmitted?: (result: JudgeResult, code: string) => void;
}) {
  const [code, setCode] = useStored(`pyprep:code:${exercise.id}`, exercise.starter);
  const [result, setResult] = useState<JudgeResult | undefined>();
  const [running, setRunning] = useState<"run" | "submit" | undefined>();
  const [stopped, setStopped] = useState(false);
  const [hints, setHints] = useState(0);
  const [showSolution, setShowSolution] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [growth, setGrowth] = useState<Growth | undefined>();
  const [findings, setFindings] = useState<Finding[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor | undefined>(undefined);
  const codeRef = useRef(code);
  codeRef.current = code;
  const attempts = useRef(0);
  const mock = onSubmitted !== undefined;

  useEffect(() => {
    // Python starts warming up as soon as the workspace opens.
    void python().catch(() => undefined);
    const life: { cancelled: boolean } = { cancelled: false };
    const dark = document.documentElement.dataset.theme === "dark";
    void import("../editor.ts").then(async ({ createEditor }) => {
      if (life.cancelled || host.current === null) return;
      host.current.textContent = "";
      const created = await createEditor(
        host.current,
        codeRef.current,
        setCode,
        `Your solution (${exercise.module}.py)`,
        dark,
      );
      // The workspace may have closed while the editor loaded.
      if (life.cancelled as boolean) created.destroy();
      else editor.current = created;
    });
    setResult(undefined);
    setHints(0);
    setShowSolution(false);
    setAccepted(false);
    setGrowth(undefined);
    setFindings(undefined);
    return () => {
      life.cancelled = true;
      editor.current?.destroy();
      editor.current = undefined;
    };
  }, [exercise.id]);

  const judge = async (which: "visible" | "all") => {
    setRunning(which === "all" ? "submit" : "run");
    setGrowth(undefined);
    setFindings(undefined);
    const attempt = ++attempts.current;
    setStopped(false);
    setError(undefined);
    const source = codeRef.current;
    try {
      const judged = await judgeExercise(exercise, source, which);
      setResult(judged);
      if (which === "all") {
        if (onSubmitted === undefined)
          // What an interviewer would notice, whatever the verdict (it takes a moment).
          reviewCode(source).then(
            (found) => {
              if (attempt === attempts.current) setFindings(found);
            },
            () => undefined,
          );
        if (onSubmitted !== undefined) onSubmitted(judged, source);
        else {
          await client.answer(exercise.id, {
            kind: "judged",
            verdict: judged.verdict,
            passed: judged.passed,
            total: judged.passed + judged.failed,
            code: source,
          });
          if (judged.verdict === "accepted") {
            setAccepted(true);
            // An accepted first submission is a Good review; the card is rescheduled.
            await client.review(exercise.id, 3);
            if (exercise.generator !== undefined) {
              setGrowth({ state: "measuring" });
              // A later Run or Submit makes this measurement moot.
              measureGrowth(exercise, source).then(
                (estimate) => {
                  if (attempt === attempts.current)
                    setGrowth(estimate === undefined ? undefined : { state: "done", estimate });
                },
                (e: unknown) => {
                  if (attempt === attempts.current)
                    setGrowth({ state: "failed", message: (e as Error).message });
                },
              );
            }
          }
        }
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setRunning(undefined);
    }
  };
  const stop = () => {
    setStopped(true);
    void stopPython();
  };
  const reveal = async () => {
    if (!accepted && !confirm("Show the reference solution? It counts as a failed attempt."))
      return;
    if (!accepted) {
      try {
        await client.review(exercise.id, 1);
      } catch (e) {
        setError((e as Error).message);
        return;
      }
    }
    setShowSolution(true);
  };
  const reset = () => {
    if (!confirm("Replace your code with the starter code?")) return;
    setCode(exercise.starter);
    editor.current?.setDoc(exercise.starter);
  };

  return (
    <div class="workspace">
      <div class="statement">
        {/* The page already shows the title: drop the statement's own top heading. */}
        <Markdown source={exercise.statement.replace(/^#\s+[^\n]*\n+/, "")} />
        {exercise.complexity !== undefined && (
          <p class="hint">
            Aim for {`${exercise.complexity.time} time, ${exercise.complexity.space} space`}.
          </p>
        )}
        {!mock && exercise.hints.length > 0 && (
          <div class="hints">
            <h2>Hints</h2>
            <ol>
              {exercise.hints.slice(0, hints).map((h, i) => (
                <li key={i}>
                  <Markdown source={h} class="inline" />
                </li>
              ))}
            </ol>
            {hints < exercise.hints.length && (
              <button
                type="button"
                class="ghost"
                onClick={() => {
                  setHints(hints + 1);
                }}
              >
                Show hint {hints + 1} of {exercise.hints.length}
              </button>
            )}
          </div>
        )}
      </div>
      <div class="code">
        <div class="editor" ref={host}>
          <textarea
            class="mono"
            aria-label={`Your solution (${exercise.module}.py)`}
            rows={16}
            value={code}
            onInput={(e) => {
              setCode((e.target as HTMLTextAreaElement).value);
            }}
          />
        </div>
        <div class="row toolbar">
          <button
            type="button"
            onClick={() => void judge("visible")}
            disabled={running !== undefined}
          >
            {running === "run" ? "Running…" : "Run"}
          </button>
          <button
            type="button"
            class="primary"
            onClick={() => void judge("all")}
            disabled={running !== undefined}
          >
            {running === "submit" ? "Submitting…" : "Submit"}
          </button>
          {running !== undefined && (
            <button type="button" class="danger" onClick={stop}>
              Stop
            </button>
          )}
          {!mock && (
            <button type="button" class="ghost" onClick={reset}>
              Reset
            </button>
          )}
        </div>
        <PythonBadge />
        {error !== undefined && <ErrorBox error={error} />}
        {result !== undefined && <ResultView result={result} stopped={stopped} />}
        {growth !== undefined && (
          <GrowthView growth={growth} expected={exercise.complexity?.expected} />
        )}
        {findings !== undefined && <FindingsView findings={findings} />}
        {!mock && (
          <div class="solution">
            {!showSolution ? (
              <button type="button" class="ghost" onClick={() => void reveal()}>
                {accepted
                  ? "See the reference solution and approaches"
                  : "Give up and see the solution"}
              </button>
            ) : (
              <>
                <h2>Reference solution</h2>
                <Markdown source={"```python\n" + exercise.solution.replace(/\n$/, "") + "\n```"} />
                {exercise.approaches !== undefined && (
                  <>
                    <h2>Approaches</h2>
                    {/* The section has its heading: drop the file's own top heading. */}
                    <Markdown source={exercise.approaches.replace(/^#\s+[^\n]*\n+/, "")} />
                  </>
                )}
              </>
            )}
          </div>
        )}
        {!mock && <SaveControls itemId={exercise.id} />}
      </div>
    </div>
  );
}
