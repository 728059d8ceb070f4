import { join } from "node:path";
import {
  LEVELS,
  MockSettingsError,
  assembleMock,
  grade,
  gradeJudged,
  settingsOf,
  scoreMock,
  type Answer,
  type Level,
  type MockAnswer,
  type MockSession,
} from "@pyprep/core";
import { Option, type Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { withLearner } from "../learner.ts";
import { prompter } from "../prompt.ts";
import { openRunner, type BackendChoice } from "../runners.ts";
import { clock, paint } from "../term.ts";
import { askAnswer } from "./review.ts";
import { judgeFolder, readFolder, showResult, startExercise, workspaceDir } from "./exercise.ts";

const KINDS = ["concept", "exercise", "predict-output", "mcq", "design", "review"] as const;

/// "concept=3,exercise=1" → { concept: 3, exercise: 1 }.
export function parseMix(text: string): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const part of text.split(",").filter((p) => p.trim() !== "")) {
    const [kind, weight] = part.split("=").map((s) => s.trim());
    if (kind === undefined || !(KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--mix: unknown kind "${kind ?? ""}"; kinds are ${KINDS.join(", ")}`);
    const w = Number(weight ?? "1");
    if (!Number.isFinite(w) || w < 0)
      throw new UsageError(`--mix: the weight of ${kind} must be a number ≥ 0`);
    mix[kind] = w;
  }
  return mix;
}

export function registerMockCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  program
    .command("mock")
    .description("a timed mock interview in the terminal, ending with its report")
    .addOption(
      new Option("--level <band>", "the band (default: your settings')").choices([...LEVELS]),
    )
    .option("--minutes <n>", "length in minutes", "30")
    .option("--mix <kinds>", "weights by kind, e.g. concept=3,exercise=1,predict-output=1")
    .option("--seed <n>", "the same seed gives the same questions")
    .addOption(
      new Option("--backend <name>", "where coding answers run").choices(["native", "pyodide"]),
    )
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText(
      "after",
      `
Each question shows the time left. Written answers end with an empty line or Ctrl-D; coding
questions are written into an exercise folder: edit the file, then press Enter to check it.

Examples:
  $ pyprep mock --minutes 45
  $ pyprep mock --level senior --minutes 60 --mix concept=2,design=1,exercise=1`,
    )
    .action(
      async (options: {
        level?: Level;
        minutes: string;
        mix?: string;
        seed?: string;
        backend?: BackendChoice;
        data?: string;
      }) => {
        const minutes = Number(options.minutes);
        if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240)
          throw new UsageError(
            `--minutes must be a whole number from 5 to 240, got ${options.minutes}`,
          );
        const mix = options.mix === undefined ? undefined : parseMix(options.mix);
        const seed =
          options.seed === undefined ? now().getTime() % 2_147_483_647 : Number(options.seed);
        if (!Number.isInteger(seed))
          throw new UsageError(`--seed must be a whole number, got ${options.seed ?? ""}`);
        const p = paint(io);
        await withLearner(io, options.data, now(), async ({ store, bank, userId }) => {
          const level = options.level ?? (await settingsOf(store, userId)).level;
          let session: MockSession;
          try {
            session = assembleMock({
              bank,
              level,
              minutes,
              seed,
              ...(mix === undefined ? {} : { mix }),
            });
          } catch (error) {
            if (error instanceof MockSettingsError) throw new UsageError(error.message);
            throw error;
          }
          if (session.questions.length === 0)
            throw new UsageError("no questions fit these settings");
          const id = `mock-${now().getTime().toString(36)}`;
          await store.saveMock(userId, { id, session, report: undefined, at: now() });
          io.out(
            `${p.bold(`Mock interview: ${session.questions.length} questions, ${session.totalMinutes} minutes, ${level}`)}\n`,
          );
          const questions = new Map(bank.questions.map((q) => [q.id, q]));
          const exercises = new Map(bank.exercises.map((e) => [e.id, e]));
          const ask = prompter(io);
          const started = Date.now();
          const answers: MockAnswer[] = [];
          let runner: Awaited<ReturnType<typeof openRunner>> | undefined;
          try {
            for (const [index, q] of session.questions.entries()) {
              const left = session.totalMinutes * 60 - (Date.now() - started) / 1000;
              io.out(
                `\n${p.bold(`Question ${index + 1} of ${session.questions.length}`)} · ${left < 0 ? p.red("time is up") : `${clock(left)} left`} · about ${q.limitMinutes} min for this one\n`,
              );
              const questionStarted = Date.now();
              const question = questions.get(q.itemId);
              const exercise = exercises.get(q.itemId);
              if (question !== undefined) {
                const answer: Answer | undefined = await askAnswer(question, ask, io, p);
                if (answer === undefined) break;
                answers.push({
                  itemId: q.itemId,
                  grade: grade(question, answer),
                  seconds: (Date.now() - questionStarted) / 1000,
                });
              } else if (exercise !== undefined) {
                const dir = startExercise(
                  io,
                  exercise,
                  join(workspaceDir(io), id, exercise.id),
                  true,
                );
                io.out(
                  `${exercise.title}: the statement is in ${join(dir, "README.md")}\nEdit ${join(dir, `${exercise.module}.py`)}, then press Enter to check it (or type skip).\n`,
                );
                for (;;) {
                  const line = await ask.line("> ");
                  if (line === undefined || line.trim() === "skip") break;
                  runner ??= await openRunner(io, options.backend);
                  const { result } = await judgeFolder(runner, readFolder(io, bank, dir));
                  showResult(result, io, p);
                  const again =
                    result.verdict === "accepted"
                      ? "n"
                      : ((await ask.line("Try again? [Y/n] ")) ?? "n");
                  if (/^n/i.test(again.trim())) {
                    answers.push({
                      itemId: q.itemId,
                      grade: gradeJudged(
                        result.verdict,
                        result.passed,
                        result.passed + result.failed,
                      ),
                      seconds: (Date.now() - questionStarted) / 1000,
                    });
                    break;
                  }
                  io.out("Edit the file, then press Enter.\n");
                }
              }
            }
          } finally {
            ask.close();
            await runner?.close();
          }
          const report = scoreMock(session, answers);
          await store.saveMock(userId, { id, session, report, at: now() });
          const areaTitle = new Map(bank.areas.map((a) => [a.id, a.title]));
          const topicTitle = new Map(
            bank.areas.flatMap((a) => a.topics.map((t) => [t.id, t.title])),
          );
          const lines = [
            "",
            p.bold(`Report: ${Math.round(report.score * 100)}% in ${clock(report.totalSeconds)}`),
            ...report.byArea.map(
              (a) =>
                `  ${(areaTitle.get(a.area) ?? a.area).padEnd(36)} ${String(Math.round(a.score * 100)).padStart(3)}%  (${a.questions} ${a.questions === 1 ? "question" : "questions"})`,
            ),
            "",
            ...report.questions.flatMap((q) => [
              `  ${q.itemId}: ${Math.round(q.score * 100)}% in ${clock(q.seconds)}${q.overTime ? p.red(" (over time)") : ""}`,
              ...q.missed.map((m) => `      missed: ${m}`),
            ]),
            ...(report.revisit.length === 0
              ? []
              : [
                  "",
                  "Topics to revisit:",
                  ...report.revisit.map((t) => `  ${topicTitle.get(t) ?? t}`),
                ]),
          ];
          io.out(`${lines.join("\n")}\n`);
        });
        exit(EXIT.ok);
      },
    );
}
