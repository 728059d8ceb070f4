import {
  AnswerMismatchError,
  recordAnswer,
  recordRating,
  todayFor,
  type Answer,
  type Grade,
  type Question,
  type Rating,
} from "@pyprep/core";
import type { Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { withLearner } from "../learner.ts";
import { prompter, type Prompter } from "../prompt.ts";
import { paint, type Paint } from "../term.ts";

const RATING_NAMES = ["", "Again", "Hard", "Good", "Easy"] as const;

/// Asks the learner for an answer of the question's kind; undefined at the end of input.
export async function askAnswer(
  question: Question,
  ask: Prompter,
  io: Io,
  p: Paint,
): Promise<Answer | undefined> {
  io.out(`\n${p.bold(question.prompt.trim())}\n`);
  if (question.kind === "predict-output" || question.kind === "review") {
    io.out(`\n${question.code.replace(/\n$/, "").replace(/^/gm, "    ")}\n`);
  }
  if (question.kind === "mcq") {
    question.choices.forEach((c, i) => {
      io.out(`  ${String.fromCharCode(65 + i)}) ${c.text}\n`);
    });
    const multiple = question.choices.filter((c) => c.correct).length > 1;
    for (;;) {
      const line = await ask.line(
        multiple ? "Your choices (letters, e.g. A,C): " : "Your choice (a letter): ",
      );
      if (line === undefined) return undefined;
      const letters = line
        .toUpperCase()
        .split(/[\s,]+/)
        .filter((l) => l !== "");
      const selected = letters.map((l) => l.charCodeAt(0) - 65);
      if (
        letters.length > 0 &&
        letters.every((l) => l.length === 1) &&
        selected.every((i) => i >= 0 && i < question.choices.length)
      )
        return { kind: "choices", selected };
      io.out(`Choose among A to ${String.fromCharCode(64 + question.choices.length)}.\n`);
    }
  }
  const text = await ask.lines(
    question.kind === "predict-output"
      ? "What does it print? (finish with an empty line or Ctrl-D)\n"
      : "Your answer (finish with an empty line or Ctrl-D):\n",
  );
  if (text === undefined) return undefined;
  return question.kind === "predict-output" ? { kind: "output", text } : { kind: "text", text };
}

export function showGrade(question: Question, result: Grade, io: Io, p: Paint): void {
  const percent = Math.round(result.score * 100);
  const colour = result.rating >= 3 ? p.green : result.rating === 2 ? p.yellow : p.red;
  io.out(`\n${colour(`Score ${percent}%`)}\n`);
  for (const k of result.keyPoints) {
    io.out(
      k.hit
        ? `  ${p.green("✓")} ${k.text}  ${p.dim(`← "${k.evidence}"`)}\n`
        : `  ${p.red("✗")} ${k.text}${k.contradiction === undefined ? "" : p.red(`  (you said the opposite: "${k.contradiction}")`)}\n`,
    );
  }
  for (const m of result.misconceptions)
    io.out(`  ${p.red("!")} "${m.evidence}": ${m.correction}\n`);
  if (question.kind === "mcq") {
    question.choices.forEach((c, i) => {
      io.out(
        `  ${String.fromCharCode(65 + i)}) ${c.correct ? p.green("right") : "wrong"}: ${c.explanation}\n`,
      );
    });
  }
  if (question.kind === "predict-output")
    io.out(`\nIt prints:\n${question.output.replace(/\n$/, "").replace(/^/gm, "    ")}\n`);
  io.out(`\n${p.bold("Model answer")}\n${question.answer.trim()}\n`);
}

/// Confirms or changes the suggested rating: Enter keeps it, 1–4 choose.
export async function askRating(
  suggested: Rating,
  ask: Prompter,
  io: Io,
): Promise<Rating | undefined> {
  for (;;) {
    const line = await ask.line(
      `Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy [Enter = ${suggested} ${RATING_NAMES[suggested]}]: `,
    );
    if (line === undefined) return undefined;
    const t = line.trim();
    if (t === "") return suggested;
    if (/^[1-4]$/.test(t)) return Number(t) as Rating;
    io.out("Type 1, 2, 3 or 4, or press Enter.\n");
  }
}

export function registerReviewCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  program
    .command("review")
    .description("go through today's queue in the terminal: answer, see the grade, rate")
    .option("--limit <n>", "stop after this many items")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText(
      "after",
      `
Concept questions take a multi-line answer, finished with an empty line or Ctrl-D; multiple choice
takes letters; predict-the-output takes the output. Exercises are offered as
"pyprep exercise start ID". The progress is the web app's (same data directory).

Examples:
  $ pyprep review
  $ pyprep review --limit 5`,
    )
    .action(async (options: { limit?: string; data?: string }) => {
      const limit = options.limit === undefined ? Infinity : Number(options.limit);
      if (!Number.isInteger(limit) && limit !== Infinity)
        throw new UsageError(`--limit must be a whole number, got ${options.limit ?? ""}`);
      if (limit < 1) throw new UsageError(`--limit must be at least 1, got ${options.limit ?? ""}`);
      const p = paint(io);
      await withLearner(io, options.data, now(), async ({ store, bank, userId }) => {
        const plan = await todayFor(store, bank, userId, now());
        if (plan === undefined)
          throw new UsageError(
            "set your interview date first: pyprep settings set interviewDate YYYY-MM-DD",
          );
        const questions = new Map(bank.questions.map((q) => [q.id, q]));
        const exercises = plan.items.filter((i) => i.kind === "exercise");
        const queue = plan.items.filter((i) => i.kind !== "exercise").slice(0, limit);
        io.out(
          `Today: ${plan.items.length} items (${plan.due} due, ${plan.items.length - plan.due} new). ${plan.coverage.message}\n`,
        );
        const ask = prompter(io);
        let done = 0;
        try {
          for (const [index, item] of queue.entries()) {
            const question = questions.get(item.itemId);
            if (question === undefined) continue;
            io.out(
              `\n${p.dim(`── ${index + 1}/${queue.length} · ${item.reason === "due" ? "review" : "new"} · ${question.kind} · ${item.itemId}`)}\n`,
            );
            const answer = await askAnswer(question, ask, io, p);
            if (answer === undefined) break;
            let result: Grade;
            try {
              result = await recordAnswer(store, bank, userId, question.id, answer, now());
            } catch (error) {
              if (error instanceof AnswerMismatchError) throw new UsageError(error.message);
              throw error;
            }
            showGrade(question, result, io, p);
            const rating = await askRating(result.rating, ask, io);
            if (rating === undefined) break;
            const card = await recordRating(store, bank, userId, question.id, rating, now());
            io.out(p.dim(`Next review: ${card.due.toISOString().slice(0, 10)}\n`));
            done += 1;
          }
        } finally {
          ask.close();
        }
        io.out(`\n${done} reviewed.\n`);
        for (const e of exercises)
          io.out(`Exercise for today: pyprep exercise start ${e.itemId}\n`);
      });
      exit(EXIT.ok);
    });
}
