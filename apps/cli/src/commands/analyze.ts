import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  ComplexityError,
  analyzeSource,
  estimateComplexity,
  formatMeasurement,
  growthMessage,
  hasSeriousFinding,
  type ComplexityEstimate,
  type Finding,
  type GrowthClass,
  type PythonRunner,
} from "@pyprep/judge";
import { ANALYZER_PATH, complexityScript } from "@pyprep/judge/native";
import { Option, type Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { openRunner, type BackendChoice } from "../runners.ts";
import { withSpinner } from "../term.ts";

interface AnalyzeOptions {
  readonly solution: string;
  readonly entry?: string;
  readonly generator?: string;
  readonly backend?: BackendChoice;
  readonly budgetMs?: string;
  readonly json?: boolean;
}

/// What `pyprep analyze --json` prints: `complexity` is null unless --entry and --generator ask
/// for the growth estimate.
export interface AnalyzeReport {
  readonly complexity: ComplexityEstimate | null;
  readonly findings: readonly Finding[];
}

export interface AnalyzeDependencies {
  /// Opens the Python back end that runs the analyzer and the measurements.
  readonly openRunner: (io: Io, choice: BackendChoice | undefined) => Promise<PythonRunner>;
}

/// Runs python/analyzer.py on `source` with `runner` (native or Pyodide) and returns its findings.
export function findingsOf(runner: PythonRunner, source: string): Promise<Finding[]> {
  return analyzeSource(runner, readFileSync(ANALYZER_PATH, "utf8"), source);
}

function readOption(io: Io, flag: string, file: string): string {
  const path = resolve(io.cwd, file);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new UsageError(
      `${flag}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  if (!isFile) throw new UsageError(`${flag}: ${file} is not a file`);
  return readFileSync(path, "utf8");
}

export function registerAnalyzeCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  dependencies: AnalyzeDependencies = { openRunner: (i, choice) => openRunner(i, choice) },
): void {
  program
    .command("analyze")
    .description(
      "what an interviewer would notice in a solution: how it grows with the input, pitfalls, slow patterns, unidiomatic habits",
    )
    .requiredOption("--solution <file>", "the Python file to look at, e.g. two_sum.py")
    .option("--entry <name>", "the function whose growth to measure (needs --generator)")
    .option(
      "--generator <file>",
      "a Python file defining generate(n), which returns the entry's arguments for size n",
    )
    .addOption(
      new Option("--backend <backend>", "where Python runs").choices(["native", "pyodide"]),
    )
    .addOption(
      new Option("--budget-ms <ms>", "time the measurements may take").default("3000").hideHelp(),
    )
    .option("--json", "print { complexity, findings } as JSON (the rules are in docs/judge.md)")
    .addHelpText(
      "after",
      `
Each finding gives the line, why it matters, a severity (info, warning, error), the rule and the
curriculum topic that teaches it. A comment "# pyprep: ignore[rule]" silences a rule on its line.
With --entry and --generator, the entry function is timed on growing inputs and its growth class
(O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n)) is reported with a confidence and the
measurements (docs/judge.md explains the method). The default back end is native when python3 >=
3.10 is on PATH, else Pyodide. Exit status: 0 when nothing is a warning or an error, 1 otherwise,
2 usage error (such as a missing file).

Examples:
  $ pyprep analyze --solution two_sum.py
  $ pyprep analyze --solution two_sum.py --entry two_sum --generator gen_two_sum.py
  $ pyprep analyze --solution lru_cache.py --json`,
    )
    .action(async (options: AnalyzeOptions) => {
      const source = readOption(io, "--solution", options.solution);
      if ((options.entry === undefined) !== (options.generator === undefined)) {
        throw new UsageError(
          options.entry === undefined
            ? "--generator needs --entry: the function to call with its arguments"
            : "--entry needs --generator: a Python file defining generate(n)",
        );
      }
      if (options.entry !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.entry))
        throw new UsageError(`--entry: ${options.entry} is not a Python function name`);
      const budgetMs = Number(options.budgetMs ?? "3000");
      if (!Number.isInteger(budgetMs) || budgetMs < 200 || budgetMs > 60_000)
        throw new UsageError("--budget-ms: a whole number of milliseconds from 200 to 60000");
      const generator =
        options.generator === undefined
          ? undefined
          : readOption(io, "--generator", options.generator);
      const module = basename(options.solution).replace(/\.py$/, "");
      if (generator !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(module))
        throw new UsageError(
          `--solution: ${options.solution} must be named like a Python module (e.g. two_sum.py) to be imported`,
        );

      const runner = await dependencies.openRunner(io, options.backend);
      let report: AnalyzeReport;
      try {
        const findings = await findingsOf(runner, source);
        let complexity: ComplexityEstimate | null = null;
        if (options.entry !== undefined && generator !== undefined) {
          const entry = options.entry;
          try {
            complexity = await withSpinner(io, "Measuring how it grows", () =>
              estimateComplexity(runner, complexityScript(), {
                module,
                source,
                entry,
                generator,
                budgetMs,
              }),
            );
          } catch (error) {
            if (error instanceof ComplexityError) {
              io.err(`pyprep: could not measure ${entry}: ${error.message}\n`);
              exit(EXIT.failed);
              return;
            }
            throw error;
          }
        }
        report = { complexity, findings };
      } finally {
        await runner.close();
      }
      io.out(
        options.json === true
          ? `${JSON.stringify(report, null, 2)}\n`
          : (report.complexity === null ? "" : renderComplexity(report.complexity)) +
              renderFindings(options.solution, report.findings, io),
      );
      exit(hasSeriousFinding(report.findings) ? EXIT.failed : EXIT.ok);
    });
}

/// The growth class, its confidence and a few of the measurements, for the terminal.
export function renderComplexity(estimate: ComplexityEstimate, expected?: GrowthClass): string {
  const shown = estimate.measurements.filter(
    (_, i, all) => all.length <= 6 || i % Math.ceil(all.length / 6) === 0 || i === all.length - 1,
  );
  const confidence = `${Math.round(estimate.confidence * 100)}% confidence`;
  const lines = [
    `${growthMessage(estimate, expected).replace(/\.$/, "")} (${confidence}).`,
    `  measured: ${shown.map(formatMeasurement).join(", ")}`,
  ];
  if (estimate.lineClass !== null)
    lines.push(`  executed Python lines grow like ${estimate.lineClass}`);
  return `${lines.join("\n")}\n`;
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
