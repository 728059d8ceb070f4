import { normalizeOutput, type Bank } from "@pyprep/core";
import type { JudgeResult, PythonRunner, RunRequest } from "@pyprep/judge";
import type { SourceMap } from "./load.ts";
import type { Problem } from "./problems.ts";

const SCRIPT_TIME_LIMIT_MS = 10_000;

/// Runs everything executable in the bank on `runner` and reports what does not hold, as
/// problems located in the content files: every exercise's reference solution is accepted, every
/// wrong solution (and a debug exercise's starter) is not, every predict-the-output item prints its
/// stated output, and every runnable lesson example runs without error (printing its stated output
/// where it states one).
/// `only`, when given, limits the runs to the exercises, questions and lessons (by topic id) named.
export async function checkExecutable(
  bank: Bank,
  sources: SourceMap,
  runner: PythonRunner,
  only?: ReadonlySet<string>,
): Promise<Problem[]> {
  const chosen = (id: string) => only === undefined || only.has(id);
  const problems: Problem[] = [];
  const on = `on ${runner.backend}`;
  const jobs: Promise<void>[] = [];
  const run = (request: RunRequest, report: (result: JudgeResult) => void) => {
    jobs.push(
      runner.run(request).then(report, (error: unknown) => {
        problems.push({ path: "(judge)", line: 1, message: `${on}: ${String(error)}` });
      }),
    );
  };
  const brief = (r: JudgeResult) => `${r.verdict}: ${r.summary}`;

  for (const exercise of bank.exercises) {
    if (!chosen(exercise.id)) continue;
    const base = `exercises/${exercise.id}`;
    const tests = exercise.tests.map(({ name, source }) => ({ name, source }));
    const against = (source: string): RunRequest => ({
      solution: { name: `${exercise.module}.py`, source },
      tests,
      timeLimitMs: exercise.timeLimitMs,
    });
    const reference = (r: JudgeResult, retried: boolean) => {
      if (r.verdict === "accepted") return;
      // A busy machine can slow one run past the limit: a time-out is confirmed by a second run.
      if (r.verdict === "time_limit_exceeded" && !retried) {
        run(against(exercise.solution), (again) => { reference(again, true); });
        return;
      }
      problems.push({ path: `${base}/solution.py`, line: 1, message: `reference solution is not accepted ${on}: ${brief(r)}${retried ? " (twice)" : ""}` });
    };
    run(against(exercise.solution), (r) => { reference(r, false); });
    for (const wrong of exercise.wrong) {
      run(against(wrong.source), (r) => {
        if (r.verdict === "accepted") {
          problems.push({
            path: `${base}/wrong/${wrong.name}`,
            line: 1,
            message: `wrong solution is accepted ${on}: the tests do not catch this mistake`,
          });
        }
      });
    }
    run(against(exercise.starter), (r) => {
      if (r.verdict === "accepted") {
        problems.push({ path: `${base}/starter.py`, line: 1, message: `the starter already passes the tests ${on}` });
      }
    });
    const entry = exercise.complexity?.entry;
    if (exercise.generator !== undefined && entry !== undefined) {
      // The complexity estimate feeds generate(n) to the entry function: both must work together.
      run(
        {
          mode: "script",
          solution: { name: "check_generator.py", source: generatorCheck(exercise.module, entry) },
          files: [
            { name: `${exercise.module}.py`, source: exercise.solution },
            { name: "generator.py", source: exercise.generator },
          ],
          timeLimitMs: SCRIPT_TIME_LIMIT_MS,
        },
        (r) => {
          if (r.verdict !== "accepted") {
            const detail = r.error?.traceback.trim().split("\n").at(-1) ?? r.summary;
            problems.push({ path: `${base}/generator.py`, line: 1, message: `generate(n) and ${entry}() do not work together ${on}: ${detail}` });
          }
        },
      );
    }
  }

  for (const question of bank.questions) {
    if (question.kind !== "predict-output" || !chosen(question.id)) continue;
    const at = sources.outputs.get(question.id) ?? sources.questions.get(question.id) ?? { path: "(unknown)", line: 1 };
    run(
      { mode: "script", solution: { name: "main.py", source: question.code }, timeLimitMs: SCRIPT_TIME_LIMIT_MS },
      (r) => {
        const message = scriptMismatch(r, question.output);
        if (message !== undefined) problems.push({ ...at, message: `${question.id}: ${message} ${on}` });
      },
    );
  }

  for (const lesson of bank.lessons) {
    if (!chosen(lesson.topic)) continue;
    const locations = sources.lessonExamples.get(lesson.topic) ?? [];
    lesson.examples.forEach((example, i) => {
      if (!example.runnable) return;
      const at = locations[i] ?? { path: "(unknown)", line: 1 };
      run(
        { mode: "script", solution: { name: "example.py", source: example.code }, timeLimitMs: SCRIPT_TIME_LIMIT_MS },
        (r) => {
          const message = scriptMismatch(r, example.output);
          if (message !== undefined) problems.push({ ...at, message: `example ${message} ${on}` });
        },
      );
    });
  }

  // A job may add another (a retried time-out), so wait until none is left.
  for (let done = 0; done < jobs.length; ) {
    const end = jobs.length;
    await Promise.all(jobs.slice(done, end));
    done = end;
  }
  return problems;
}

function scriptMismatch(result: JudgeResult, expected: string | undefined): string | undefined {
  if (result.verdict !== "accepted") {
    const detail = result.error?.traceback.trim().split("\n").at(-1) ?? result.summary;
    return `does not run (${result.verdict}: ${detail})`;
  }
  if (expected === undefined) return undefined;
  const want = normalizeOutput(expected);
  const got = normalizeOutput(result.stdout);
  if (want === got) return undefined;
  return `prints ${JSON.stringify(got)}, not the stated ${JSON.stringify(want)}`;
}

function generatorCheck(module: string, entry: string): string {
  return `import generator
import ${module}

if not callable(getattr(${module}, ${JSON.stringify(entry)}, None)):
    raise SystemExit(${JSON.stringify(`${module}.py defines no function ${entry}`)})
for n in (1, 2, 10, 100):
    args = generator.generate(n)
    if not isinstance(args, (tuple, list)):
        raise SystemExit(f"generate({n}) must return a tuple of positional arguments, not {type(args).__name__}")
    ${module}.${entry}(*args)
`;
}
