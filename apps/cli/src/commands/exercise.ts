import { existsSync, mkdirSync, readFileSync, renameSync, watch, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative, resolve } from "node:path";
import {
  LEVELS,
  recordRating,
  recordSubmission,
  type Bank,
  type Exercise,
  type Level,
} from "@pyprep/core";
import {
  ComplexityError,
  estimateComplexity,
  type ComplexityEstimate,
  type JudgeResult,
  type PythonRunner,
} from "@pyprep/judge";
import { complexityScript } from "@pyprep/judge/native";
import { Option, type Command } from "commander";
import { z } from "zod";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { loadBank, withLearner } from "../learner.ts";
import { prompter } from "../prompt.ts";
import { openRunner, type BackendChoice } from "../runners.ts";
import { paint, withSpinner, type Paint } from "../term.ts";
import { renderComplexity } from "./analyze.ts";

/// The small file `pyprep exercise start` leaves in an exercise folder.
export const METADATA = ".pyprep.json";
const metadataSchema = z
  .object({
    format: z.literal("pyprep-exercise"),
    version: z.literal(1),
    exercise: z.string().min(1),
    hintsShown: z.number().int().min(0),
    accepted: z.boolean(),
    solutionShown: z.boolean(),
  })
  .strict();
type Metadata = z.infer<typeof metadataSchema>;

/// Where exercise folders go by default: $PYPREP_WORKSPACE, else ~/pyprep-exercises.
export function workspaceDir(io: Io): string {
  const set = io.env.PYPREP_WORKSPACE;
  return set !== undefined && set !== ""
    ? resolve(io.cwd, set)
    : join(homedir(), "pyprep-exercises");
}

/// Written beside the target, then renamed: Ctrl-C never leaves half a file.
function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

function exerciseOf(bank: Bank, id: string): Exercise {
  const exercise = bank.exercises.find((e) => e.id === id);
  if (exercise === undefined) {
    const ids = bank.exercises.map((e) => e.id).join(", ");
    throw new UsageError(`no exercise "${id}" (there are: ${ids}); see pyprep exercise list`);
  }
  return exercise;
}

export interface Folder {
  readonly dir: string;
  readonly exercise: Exercise;
  readonly metadata: Metadata;
  save(metadata: Metadata): void;
}

/// The exercise in `dir`, from its metadata file; clear errors for a missing or corrupt one.
export function readFolder(io: Io, bank: Bank, dirArg: string | undefined): Folder {
  const dir = resolve(io.cwd, dirArg ?? ".");
  if (!existsSync(dir)) throw new UsageError(`no folder ${dir}`);
  const path = join(dir, METADATA);
  if (!existsSync(path))
    throw new UsageError(
      `${dir} is not a pyprep exercise folder (no ${METADATA}): start one with pyprep exercise start ID`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(
      `${path} is corrupt (${(error as Error).message}); run pyprep exercise start ID --force to restore it`,
    );
  }
  const result = metadataSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UsageError(
      `${path} is corrupt (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}); run pyprep exercise start ID --force to restore it`,
    );
  }
  const exercise = exerciseOf(bank, result.data.exercise);
  return {
    dir,
    exercise,
    metadata: result.data,
    save: (metadata) => {
      writeAtomic(path, `${JSON.stringify(metadata, null, 2)}\n`);
    },
  };
}

function statementFile(exercise: Exercise): string {
  const body = exercise.statement.replace(/^#\s+[^\n]*\n+/, "");
  return `# ${exercise.title}\n\n${body.trim()}\n\n---\nEdit \`${exercise.module}.py\`, then check it with \`pyprep check\` in this folder\n(\`pyprep check --watch\` re-runs on every save; \`pyprep hint\` shows the next hint).\n`;
}

/// Writes an exercise folder: statement, starter, visible tests, metadata.
export function startExercise(
  io: Io,
  exercise: Exercise,
  dirArg: string | undefined,
  force: boolean,
): string {
  const dir = dirArg === undefined ? join(workspaceDir(io), exercise.id) : resolve(io.cwd, dirArg);
  const solution = join(dir, `${exercise.module}.py`);
  if (!force && (existsSync(solution) || existsSync(join(dir, METADATA))))
    throw new UsageError(
      `${dir} already holds ${existsSync(solution) ? `${exercise.module}.py` : METADATA}: your work is kept; add --force to start over`,
    );
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, "README.md"), statementFile(exercise));
  for (const test of exercise.tests.filter((t) => t.visible))
    writeAtomic(join(dir, test.name), test.source);
  writeAtomic(solution, exercise.starter);
  const metadata: Metadata = {
    format: "pyprep-exercise",
    version: 1,
    exercise: exercise.id,
    hintsShown: 0,
    accepted: false,
    solutionShown: false,
  };
  writeAtomic(join(dir, METADATA), `${JSON.stringify(metadata, null, 2)}\n`);
  return dir;
}

/// Runs the learner's file against every test of the exercise (the hidden ones come from the bank).
export async function judgeFolder(
  runner: PythonRunner,
  folder: Folder,
): Promise<{ result: JudgeResult; code: string }> {
  const path = join(folder.dir, `${folder.exercise.module}.py`);
  if (!existsSync(path))
    throw new UsageError(
      `${path} is missing: your solution goes there (pyprep exercise start ${folder.exercise.id} --force restores the starter)`,
    );
  const code = readFileSync(path, "utf8");
  const result = await runner.run({
    solution: { name: `${folder.exercise.module}.py`, source: code },
    tests: folder.exercise.tests.map((t) => ({ name: t.name, source: t.source })),
    timeLimitMs: folder.exercise.timeLimitMs,
  });
  return { result, code };
}

export function showResult(result: JudgeResult, io: Io, p: Paint): void {
  for (const t of result.tests) {
    const mark = t.status === "pass" ? p.green("✓") : t.status === "skip" ? "-" : p.red("✗");
    io.out(`  ${mark} ${t.name}\n`);
    if (t.status !== "pass" && t.status !== "skip") {
      if (t.expected !== undefined)
        io.out(`      expected ${t.expected}\n      actual   ${t.actual ?? ""}\n`);
      else if (t.message !== undefined)
        io.out(`${t.message.replace(/\n$/, "").replace(/^/gm, "      ")}\n`);
    }
  }
  if (result.syntaxError !== undefined)
    io.out(
      `  ${result.syntaxError.file}:${result.syntaxError.line}: ${result.syntaxError.message}\n`,
    );
  if (result.error !== undefined) io.out(`${result.error.traceback.replace(/^/gm, "  ")}\n`);
  if (result.stdout !== "") io.out(`${p.dim("stdout:")}\n${result.stdout}`);
  const verdict = result.verdict.replace(/_/g, " ");
  const colour = result.verdict === "accepted" ? p.green : p.red;
  io.out(
    `${colour(p.bold(verdict))}: ${result.passed} of ${result.passed + result.failed} tests passed in ${(result.timeMs / 1000).toFixed(2)} s (${result.backend})${result.verdict === "accepted" ? "" : ` — ${result.summary}`}\n`,
  );
}

const backendOption = () =>
  new Option(
    "--backend <name>",
    "where Python runs (default: python3 if found, else Pyodide)",
  ).choices(["native", "pyodide"]);

export function registerExerciseCommands(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  const exercise = program
    .command("exercise")
    .description("coding exercises in your own editor: list them, start one in a folder");

  exercise
    .command("list")
    .description("the exercises, with their band and topics")
    .option("--topic <id>", "only this topic's exercises")
    .addOption(new Option("--level <band>", "only this band").choices([...LEVELS]))
    .option("--json", "print them as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pyprep exercise list --level junior\n  $ pyprep exercise list --topic dictionaries --json",
    )
    .action((options: { topic?: string; level?: Level; json?: boolean }) => {
      const bank = loadBank();
      const topics = new Set(bank.areas.flatMap((a) => a.topics.map((t) => t.id)));
      if (options.topic !== undefined && !topics.has(options.topic))
        throw new UsageError(`no topic "${options.topic}"`);
      const list = bank.exercises.filter(
        (e) =>
          (options.topic === undefined || e.topics.includes(options.topic)) &&
          (options.level === undefined || e.level === options.level),
      );
      if (options.json === true)
        io.out(
          `${JSON.stringify(
            list.map((e) => ({
              id: e.id,
              title: e.title,
              kind: e.kind,
              level: e.level,
              topics: e.topics,
            })),
            null,
            2,
          )}\n`,
        );
      else {
        for (const e of list)
          io.out(`${e.id.padEnd(28)} ${e.level.padEnd(7)} ${e.kind.padEnd(6)} ${e.title}\n`);
        io.out(`${list.length} exercises. Start one: pyprep exercise start ID\n`);
      }
      exit(EXIT.ok);
    });

  exercise
    .command("start")
    .description("write an exercise's statement, starter and visible tests into a folder")
    .argument("<id>", "the exercise (see pyprep exercise list)")
    .option("--dir <dir>", "the folder (default: $PYPREP_WORKSPACE/ID, or ~/pyprep-exercises/ID)")
    .option("--force", "overwrite an existing solution in that folder")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pyprep exercise start two-sum\n  $ pyprep exercise start lru-cache --dir ./lru",
    )
    .action((id: string, options: { dir?: string; force?: boolean }) => {
      const e = exerciseOf(loadBank(), id);
      const dir = startExercise(io, e, options.dir, options.force === true);
      const rel = relative(io.cwd, dir);
      const shown = rel === "" ? "." : rel.startsWith("..") ? dir : rel;
      io.out(
        `Started ${e.title} in ${shown}\n  edit     ${join(shown, `${e.module}.py`)}\n  read     ${join(shown, "README.md")}\n  check    cd ${shown} && pyprep check   (or: pyprep check ${shown} --watch)\n`,
      );
      exit(EXIT.ok);
    });

  program
    .command("check")
    .description(
      "run an exercise folder's solution against all its tests, record it, reschedule it",
    )
    .argument("[dir]", "the exercise folder", ".")
    .addOption(backendOption())
    .option("--watch", "run again every time the solution is saved (Ctrl-C stops)")
    .option("--json", "print the judge's result as JSON")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText(
      "after",
      "\nExit status: 0 accepted, 1 not accepted, 2 usage error.\n\nExamples:\n  $ pyprep check\n  $ pyprep check ~/pyprep-exercises/two-sum --backend pyodide\n  $ pyprep check --watch",
    )
    .action(
      async (
        dirArg: string,
        options: { backend?: BackendChoice; watch?: boolean; json?: boolean; data?: string },
      ) => {
        const bank = loadBank();
        const first = readFolder(io, bank, dirArg);
        const p = paint(io);
        const runner = await openRunner(io, options.backend);
        const once = async (): Promise<boolean> => {
          const folder = readFolder(io, bank, dirArg);
          const { result, code } = await judgeFolder(runner, folder);
          const accepted = result.verdict === "accepted";
          await withLearner(io, options.data, now(), async ({ store, userId }) => {
            await recordSubmission(
              store,
              userId,
              folder.exercise.id,
              {
                verdict: result.verdict,
                passed: result.passed,
                total: result.passed + result.failed,
                code,
              },
              now(),
            );
            // Accepted after help is Hard; unaided is Good; a failing check brings it back soon.
            const helped = folder.metadata.hintsShown > 0 || folder.metadata.solutionShown;
            await recordRating(
              store,
              bank,
              userId,
              folder.exercise.id,
              accepted ? (helped ? 2 : 3) : 1,
              now(),
            );
          });
          if (accepted && !folder.metadata.accepted)
            folder.save({ ...folder.metadata, accepted: true });
          // After an accepted check: how the learner's solution grows, next to what the problem needs.
          const growth = accepted ? await measureGrowth(io, runner, folder.exercise, code) : null;
          if (options.json === true)
            io.out(
              `${JSON.stringify(growth === null ? result : { ...result, complexity: growth }, null, 2)}\n`,
            );
          else {
            showResult(result, io, p);
            if (growth !== null)
              io.out(renderComplexity(growth, folder.exercise.complexity?.expected));
            if (accepted && folder.exercise.complexity !== undefined)
              io.out(
                `This problem can be solved in ${folder.exercise.complexity.time} time and ${folder.exercise.complexity.space} space. pyprep solution shows the approaches.\n`,
              );
          }
          return accepted;
        };
        try {
          const accepted = await once();
          if (options.watch !== true) {
            exit(accepted ? EXIT.ok : EXIT.failed);
            return;
          }
          io.out(
            p.dim(`Watching ${join(first.dir, `${first.exercise.module}.py`)}; Ctrl-C stops.\n`),
          );
          await new Promise<void>((stop) => {
            let timer: ReturnType<typeof setTimeout> | undefined;
            let running = Promise.resolve();
            const watcher = watch(first.dir, (_event, name) => {
              if (name !== `${first.exercise.module}.py`) return;
              clearTimeout(timer);
              timer = setTimeout(() => {
                running = running.then(async () => {
                  io.out(p.dim(`\n── ${new Date().toLocaleTimeString()} ──\n`));
                  await once().catch((error: unknown) => {
                    io.err(`pyprep: ${(error as Error).message}\n`);
                  });
                });
              }, 150);
            });
            // The first Ctrl-C lets a check in progress finish (its attempt is recorded) and then
            // stops; a second one, while waiting, leaves at once as an interrupted command does.
            let interrupted = false;
            const onInterrupt = () => {
              if (interrupted) process.exit(130);
              interrupted = true;
              clearTimeout(timer);
              watcher.close();
              void running.then(() => {
                process.off("SIGINT", onInterrupt);
                stop();
              });
            };
            process.on("SIGINT", onInterrupt);
          });
          exit(EXIT.ok);
        } finally {
          await runner.close();
        }
      },
    );

  program
    .command("hint")
    .description("reveal the next hint of an exercise folder")
    .argument("[dir]", "the exercise folder", ".")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pyprep hint\n  $ pyprep hint ~/pyprep-exercises/two-sum",
    )
    .action((dirArg: string) => {
      const folder = readFolder(io, loadBank(), dirArg);
      const { hints } = folder.exercise;
      if (hints.length === 0) io.out("This exercise has no hints.\n");
      else if (folder.metadata.hintsShown >= hints.length) {
        io.out(`All ${hints.length} hints are shown:\n`);
        hints.forEach((h, i) => {
          io.out(`  ${i + 1}. ${h}\n`);
        });
      } else {
        const n = folder.metadata.hintsShown;
        folder.save({ ...folder.metadata, hintsShown: n + 1 });
        io.out(`Hint ${n + 1} of ${hints.length}: ${hints[n] ?? ""}\n`);
      }
      exit(EXIT.ok);
    });

  program
    .command("solution")
    .description(
      "show the reference solution and the approaches (before an accepted check it counts as a failed attempt)",
    )
    .argument("[dir]", "the exercise folder", ".")
    .option("--yes", "do not ask first")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pyprep solution\n  $ pyprep solution ~/pyprep-exercises/two-sum --yes",
    )
    .action(async (dirArg: string, options: { yes?: boolean; data?: string }) => {
      const bank = loadBank();
      const folder = readFolder(io, bank, dirArg);
      if (!folder.metadata.accepted && !folder.metadata.solutionShown) {
        if (options.yes !== true) {
          if (!io.isTty)
            throw new UsageError(
              "the solution counts as a failed attempt before an accepted check: add --yes to see it",
            );
          const ask = prompter(io);
          const answer = await ask.line(
            "Your check has not passed yet: seeing the solution counts as a failed attempt. Show it? [y/N] ",
          );
          ask.close();
          if (!/^y(es)?$/i.test((answer ?? "").trim())) {
            io.out("Not shown.\n");
            exit(EXIT.ok);
            return;
          }
        }
        await withLearner(io, options.data, now(), async ({ store, userId }) => {
          await recordRating(store, bank, userId, folder.exercise.id, 1, now());
        });
        folder.save({ ...folder.metadata, solutionShown: true });
      }
      const p = paint(io);
      io.out(`${p.bold("Reference solution")}\n\n${folder.exercise.solution.trimEnd()}\n`);
      if (folder.exercise.approaches !== undefined)
        io.out(`\n${p.bold("Approaches")}\n\n${folder.exercise.approaches.trim()}\n`);
      exit(EXIT.ok);
    });
}

/// Measures the growth of an accepted solution when the exercise has a generator; a measurement
/// that fails is a note, never a failed check.
async function measureGrowth(
  io: Io,
  runner: PythonRunner,
  exercise: Exercise,
  source: string,
): Promise<ComplexityEstimate | null> {
  const entry = exercise.complexity?.entry;
  if (exercise.generator === undefined || entry === undefined) return null;
  try {
    return await withSpinner(io, "Measuring how your solution grows", () =>
      estimateComplexity(runner, complexityScript(), {
        module: exercise.module,
        source,
        entry,
        generator: exercise.generator ?? "",
      }),
    );
  } catch (error) {
    if (!(error instanceof ComplexityError)) throw error;
    io.err(`note: could not measure how ${entry} grows: ${error.message}\n`);
    return null;
  }
}
