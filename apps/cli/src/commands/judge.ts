import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { JudgeResult, PythonRunner } from "@pyprep/judge";
import { Option, type Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { openRunner, type BackendChoice } from "../runners.ts";

interface JudgeOptions {
  readonly solution: string;
  readonly tests: string[];
  readonly file: string[];
  readonly backend?: BackendChoice;
  readonly timeoutMs?: string;
  readonly stdin?: string;
  readonly json?: boolean;
}

export function registerJudgeCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
): void {
  program
    .command("judge")
    .description("run a solution against its tests in real Python and print the verdict")
    .requiredOption(
      "--solution <file>",
      "the solution module, e.g. two_fer.py (tests import it by this name)",
    )
    .requiredOption(
      "--tests <file...>",
      "test files: unittest classes or pytest-style test_* functions",
    )
    .option("--file <file...>", "extra files placed beside the solution", [])
    .addOption(
      new Option("--backend <backend>", "where Python runs").choices(["native", "pyodide"]),
    )
    .option("--timeout-ms <n>", "wall-clock limit for the whole run", "10000")
    .option("--stdin <file>", "feed this file to standard input")
    .option("--json", "print the result as JSON (the schema in docs/judge.md)")
    .addHelpText(
      "after",
      `
The default back end is native when python3 >= 3.10 is on PATH, else Pyodide (WebAssembly).
Exit status: 0 accepted, 1 any other verdict, 2 usage error.

Examples:
  $ pyprep judge --solution two_fer.py --tests two_fer_test.py
  $ pyprep judge --solution lru.py --tests test_lru.py --backend pyodide --json`,
    )
    .action(async (options: JudgeOptions) => {
      const timeLimitMs = Number(options.timeoutMs ?? "10000");
      if (!Number.isInteger(timeLimitMs) || timeLimitMs < 50 || timeLimitMs > 600_000) {
        throw new UsageError(
          `--timeout-ms must be an integer from 50 to 600000, got ${options.timeoutMs ?? ""}`,
        );
      }
      const solution = readSource(io, options.solution, "--solution");
      if (!solution.name.endsWith(".py"))
        throw new UsageError(`--solution must be a .py file: ${options.solution}`);
      const tests = options.tests.map((f) => readSource(io, f, "--tests"));
      const files = options.file.map((f) => readSource(io, f, "--file"));
      const stdin =
        options.stdin === undefined ? "" : readSource(io, options.stdin, "--stdin").source;
      const names = [solution, ...tests, ...files].map((f) => f.name);
      const duplicate = names.find((n, i) => names.indexOf(n) !== i);
      if (duplicate !== undefined) throw new UsageError(`two files are named ${duplicate}`);

      const runner = await openRunner(io, options.backend);
      let result: JudgeResult;
      try {
        result = await runner.run({ mode: "tests", solution, tests, files, stdin, timeLimitMs });
      } finally {
        await closeQuietly(runner);
      }
      io.out(
        options.json === true ? `${JSON.stringify(result, null, 2)}\n` : renderResult(result, io),
      );
      exit(result.verdict === "accepted" ? EXIT.ok : EXIT.failed);
    });
}

function readSource(io: Io, path: string, flag: string): { name: string; source: string } {
  const full = resolve(io.cwd, path);
  try {
    return { name: basename(full), source: readFileSync(full, "utf8") };
  } catch (error) {
    throw new UsageError(
      `${flag}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

async function closeQuietly(runner: PythonRunner): Promise<void> {
  try {
    await runner.close();
  } catch {
    // Nothing to keep: the result is already in hand.
  }
}

export function renderResult(result: JudgeResult, io: Io): string {
  const color = io.env.NO_COLOR === undefined && io.isTty;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const test of result.tests) {
    const mark =
      test.status === "pass"
        ? paint("32", "✓")
        : test.status === "skip"
          ? paint("33", "○")
          : paint("31", "✗");
    lines.push(`${mark} ${test.name}${test.status === "skip" ? " (skipped)" : ""}`);
    if (test.status === "fail" || test.status === "error") {
      if (test.expected !== undefined)
        lines.push(`    expected: ${test.expected}`, `    actual:   ${test.actual ?? ""}`);
      for (const line of (test.message ?? "").trimEnd().split("\n")) lines.push(`    ${line}`);
    } else if (test.status === "skip" && test.message !== undefined) {
      lines.push(`    ${test.message}`);
    }
  }
  if (result.syntaxError !== undefined) {
    const e = result.syntaxError;
    lines.push(`${e.file}:${e.line}:${e.column}: ${e.message}`);
    if (e.text !== "") lines.push(`    ${e.text}`, `    ${" ".repeat(Math.max(0, e.column - 1))}^`);
  }
  if (result.error !== undefined) lines.push(result.error.traceback.trimEnd());
  for (const [name, text] of [
    ["stdout", result.stdout],
    ["stderr", result.stderr],
  ] as const) {
    if (text !== "") lines.push(`--- ${name} ---`, text.trimEnd());
  }
  const verdict =
    result.verdict === "accepted" ? paint("32;1", result.verdict) : paint("31;1", result.verdict);
  const where = `${result.backend}${result.python === undefined ? "" : `, Python ${result.python}`}, ${Math.round(result.timeMs)} ms`;
  lines.push(`${verdict}: ${result.summary} (${where})`);
  return `${lines.join("\n")}\n`;
}
