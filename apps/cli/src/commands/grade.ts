import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadContent } from "@pyprep/content";
import { grade, type Answer, type Grade, type Question } from "@pyprep/core";
import type { Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { DEFAULT_CONTENT_DIR } from "./content.ts";

interface GradeOptions {
  readonly question: string;
  readonly answer?: string;
  readonly answerFile?: string;
  readonly json?: boolean;
}

const RATING_NAMES = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

export function registerGradeCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
): void {
  program
    .command("grade")
    .description("grade an answer to one question of the bank")
    .requiredOption("--question <id>", "the question's id")
    .option(
      "--answer <text>",
      "the answer; for multiple choice the letters of the chosen options, e.g. A,C",
    )
    .option("--answer-file <file>", "read the answer from a file (- for standard input)")
    .option(
      "--json",
      "print { score, rating, keyPoints: [{ text, hit, evidence }], misconceptions } as JSON",
    )
    .addHelpText(
      "after",
      `
Exit status: 0 when the suggested rating is Good or better, 1 otherwise, 2 on a usage error.

Examples:
  $ pyprep grade --question lists-vs-tuples --answer "Lists are mutable, tuples are not."
  $ pyprep grade --question explain-the-gil --answer-file my-answer.txt --json`,
    )
    .action((options: GradeOptions) => {
      if ((options.answer === undefined) === (options.answerFile === undefined)) {
        throw new UsageError(
          "give the answer with exactly one of --answer TEXT or --answer-file FILE",
        );
      }
      const loaded = loadContent(DEFAULT_CONTENT_DIR);
      if (!loaded.ok)
        throw new UsageError("the content bank has problems; run pyprep content check");
      const question = loaded.bank.questions.find((q) => q.id === options.question);
      if (question === undefined) throw new UsageError(`no question with id "${options.question}"`);
      const text = options.answer ?? readAnswer(io, options.answerFile ?? "-");
      const result = grade(question, toAnswer(question, text));
      io.out(
        options.json === true
          ? `${JSON.stringify(asJson(result), null, 2)}\n`
          : render(question, result),
      );
      exit(result.rating >= 3 ? EXIT.ok : EXIT.failed);
    });
}

function readAnswer(io: Io, file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw new UsageError(
      `--answer-file: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

function toAnswer(question: Question, text: string): Answer {
  switch (question.kind) {
    case "mcq": {
      const letters = text
        .toUpperCase()
        .split(/[\s,]+/)
        .filter((l) => l !== "");
      const selected = letters.map((letter) => {
        const index = letter.charCodeAt(0) - 65;
        if (letter.length !== 1 || index < 0 || index >= question.choices.length) {
          throw new UsageError(
            `"${letter}" is not a choice of this question (A to ${String.fromCharCode(64 + question.choices.length)})`,
          );
        }
        return index;
      });
      return { kind: "choices", selected };
    }
    case "predict-output":
      return { kind: "output", text };
    case "code":
    case "debug":
      throw new UsageError(
        `"${question.id}" is a coding question: practise it with its exercise "${question.exercise}"`,
      );
    default:
      return { kind: "text", text };
  }
}

function asJson(result: Grade) {
  return {
    score: Math.round(result.score * 1000) / 1000,
    rating: result.rating,
    keyPoints: result.keyPoints.map((k) => ({ text: k.text, hit: k.hit, evidence: k.evidence })),
    misconceptions: result.misconceptions,
  };
}

function render(question: Question, result: Grade): string {
  const lines = [
    `Score ${Math.round(result.score * 100)}% — suggested rating: ${RATING_NAMES[result.rating]} (${result.rating})`,
  ];
  for (const point of result.keyPoints) {
    lines.push(point.hit ? `  ✓ ${point.text}  ← "${point.evidence}"` : `  ✗ ${point.text}`);
  }
  for (const m of result.misconceptions) {
    lines.push(`  ! A common misconception: "${m.evidence}" — ${m.correction}`);
  }
  if (result.misconceptions.length > 0)
    lines.push(
      result.rating === 1
        ? "  A false claim brings the question back soon, so the suggestion is Again."
        : "  A false claim brings the question back soon; the rest of the answer is strong, so the suggestion is Hard.",
    );
  lines.push("", "Model answer:", question.answer.trimEnd());
  return `${lines.join("\n")}\n`;
}
