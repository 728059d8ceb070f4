import { statSync } from "node:fs";
import { resolve } from "node:path";
import { hasSeriousFinding, type Finding } from "@pyprep/judge";
import { analyzeFile, findPython, type PythonInfo } from "@pyprep/judge/native";
import type { Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";

interface AnalyzeOptions {
  readonly solution: string;
  readonly json?: boolean;
}

/// What `pyprep analyze --json` prints. `complexity` stays null until the command measures growth.
export interface AnalyzeReport {
  readonly complexity: null;
  readonly findings: readonly Finding[];
}

export interface AnalyzeDependencies {
  /// The CPython that runs python/analyzer.py; undefined when there is none.
  readonly findPython: () => PythonInfo | undefined;
}

export function registerAnalyzeCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  dependencies: AnalyzeDependencies = { findPython: () => findPython() },
): void {
  program
    .command("analyze")
    .description(
      "point out what an interviewer would notice in a solution: pitfalls, slow patterns, unidiomatic habits",
    )
    .requiredOption("--solution <file>", "the Python file to look at, e.g. two_sum.py")
    .option("--json", "print { complexity, findings } as JSON (the rules are in docs/judge.md)")
    .addHelpText(
      "after",
      `
Each finding gives the line, why it matters, a severity (info, warning, error), the rule and the
curriculum topic that teaches it. A comment "# pyprep: ignore[rule]" silences a rule on its line.
Needs python3 >= 3.10 on PATH. Exit status: 0 when nothing is a warning or an error, 1 otherwise,
2 usage error (such as a missing file).

Examples:
  $ pyprep analyze --solution two_sum.py
  $ pyprep analyze --solution lru_cache.py --json`,
    )
    .action(async (options: AnalyzeOptions) => {
      const path = resolve(io.cwd, options.solution);
      let isFile: boolean;
      try {
        isFile = statSync(path).isFile();
      } catch (error) {
        throw new UsageError(
          `--solution: cannot read ${options.solution}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
      if (!isFile) throw new UsageError(`--solution: ${options.solution} is not a file`);
      const python = dependencies.findPython();
      if (python === undefined) {
        throw new UsageError(
          "pyprep analyze runs its checks in Python and needs python3 >= 3.10 on PATH; none was found (install Python 3.10 or later)",
        );
      }
      const findings = await analyzeFile(python, path);
      const report: AnalyzeReport = { complexity: null, findings };
      io.out(
        options.json === true
          ? `${JSON.stringify(report, null, 2)}\n`
          : renderFindings(options.solution, findings, io),
      );
      exit(hasSeriousFinding(findings) ? EXIT.failed : EXIT.ok);
    });
}

const COLOURS = { info: "36", warning: "33", error: "31" } as const;

/// `FILE:LINE: severity: message [rule → topic]` per finding, then a count.
export function renderFindings(file: string, findings: readonly Finding[], io: Io): string {
  const color = io.env.NO_COLOR === undefined && io.isTty;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines = findings.map(
    (f) =>
      `${file}:${f.line}: ${paint(COLOURS[f.severity], f.severity)}: ${f.message} [${f.rule} → ${f.topic}]`,
  );
  if (findings.length === 0) {
    lines.push(`${file}: nothing to point out`);
  } else {
    const counts = (["error", "warning", "info"] as const)
      .map(
        (severity) => [severity, findings.filter((f) => f.severity === severity).length] as const,
      )
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => `${n} ${severity}${n === 1 || severity === "info" ? "" : "s"}`);
    lines.push(`${file}: ${counts.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
