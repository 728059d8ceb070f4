import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  bankStats,
  checkExecutable,
  formatProblem,
  loadContent,
  type BankStats,
  type Problem,
} from "@pyprep/content";
import { Option, type Command } from "commander";
import { findPython } from "@pyprep/judge/native";
import { openRunner, type BackendChoice } from "../runners.ts";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";

/// The bank that ships with pyprep: content/ at the root of the repository.
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL("../../../../content", import.meta.url));

interface DirOptions {
  readonly dir?: string;
  readonly json?: boolean;
}

interface CheckOptions extends DirOptions {
  /// Commander's negatable --no-run.
  readonly run: boolean;
  readonly backend: BackendChoice | "both";
  readonly only?: string[];
}

export function registerContentCommands(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
): void {
  const content = program
    .command("content")
    .description("validate, count and export the content bank")
    .addHelpText(
      "after",
      `
Examples:
  $ pyprep content check                 validate the bundled bank
  $ pyprep content check --dir ./content validate a working copy
  $ pyprep content stats --json          counts and guide coverage as JSON
  $ pyprep content export > bank.json    the whole bank as one JSON document`,
    );

  content
    .command("check")
    .description(
      "validate every content file and run everything executable; print each problem as path:line: message",
    )
    .option("--dir <dir>", "content directory", undefined)
    .option("--no-run", "only the static checks: do not run any Python")
    .addOption(
      new Option("--backend <backend>", "where to run the code")
        .choices(["native", "pyodide", "both"])
        .default("both"),
    )
    .option(
      "--only <id...>",
      "run only these exercises, questions and lessons (by topic id); the static checks still cover everything",
    )
    .option("--json", "print the problems as JSON")
    .action(async (options: CheckOptions) => {
      const dir = contentDir(io, options.dir);
      const result = loadContent(dir);
      let problems: Problem[] = result.ok ? [] : result.problems;
      const ran: string[] = [];
      let only: Set<string> | undefined;
      if (result.ok && options.only !== undefined) {
        const { bank } = result;
        const known = new Set([
          ...bank.exercises.map((e) => e.id),
          ...bank.questions.map((q) => q.id),
          ...bank.lessons.map((l) => l.topic),
        ]);
        const unknown = options.only.filter((id) => !known.has(id));
        if (unknown.length > 0)
          throw new UsageError(
            `--only: no exercise, question or lesson with id ${unknown.join(", ")}`,
          );
        only = new Set(options.only);
      }
      if (result.ok && options.run) {
        const backends: BackendChoice[] =
          options.backend === "both" ? ["native", "pyodide"] : [options.backend];
        for (const backend of backends) {
          if (backend === "native" && options.backend === "both" && !hasNativePython()) {
            io.err("note: no python3 >= 3.10 found; running the content on Pyodide only\n");
            continue;
          }
          if (io.isTty) io.err(`Running the bank's code on ${backend}…\n`);
          const runner = await openRunner(io, backend, availableParallelism());
          try {
            problems = [
              ...problems,
              ...(await checkExecutable(result.bank, result.sources, runner, only)),
            ];
          } finally {
            await runner.close();
          }
          ran.push(backend);
        }
        problems.sort(
          (a, b) =>
            a.path.localeCompare(b.path) || a.line - b.line || a.message.localeCompare(b.message),
        );
      }
      if (options.json === true) {
        const shownProblems = problems.map((p) => ({ ...p, path: shown(io, dir, p.path) }));
        io.out(
          `${JSON.stringify({ ok: problems.length === 0, ran, problems: shownProblems }, null, 2)}\n`,
        );
        exit(problems.length === 0 ? EXIT.ok : EXIT.failed);
        return;
      }
      if (problems.length > 0) {
        for (const p of problems) io.err(`${formatProblem(p, shown(io, dir, p.path))}\n`);
        io.err(`${problems.length} problem${problems.length === 1 ? "" : "s"} found\n`);
        exit(EXIT.failed);
        return;
      }
      if (!result.ok) return;
      const { bank } = result;
      const topics = bank.areas.reduce((n, a) => n + a.topics.length, 0);
      const executed = ran.length === 0 ? "" : `; all code ran as stated on ${ran.join(" and ")}`;
      io.out(
        `content OK: ${bank.areas.length} areas, ${topics} topics, ${bank.questions.length} questions, ` +
          `${bank.exercises.length} exercises, ${bank.lessons.length} lessons${executed}\n`,
      );
      exit(EXIT.ok);
    });

  content
    .command("stats")
    .description("counts by area, kind and level, and coverage of the guide")
    .option("--dir <dir>", "content directory", undefined)
    .option("--json", "print the figures as JSON")
    .action((options: DirOptions) => {
      const dir = contentDir(io, options.dir);
      const result = loadContent(dir);
      if (!result.ok) {
        for (const p of result.problems) io.err(`${formatProblem(p, shown(io, dir, p.path))}\n`);
        io.err("content has problems; fix them first (pyprep content check)\n");
        exit(EXIT.failed);
        return;
      }
      const stats = bankStats(result.bank, result.guide);
      io.out(options.json === true ? `${JSON.stringify(stats, null, 2)}\n` : renderStats(stats));
      exit(EXIT.ok);
    });

  content
    .command("export")
    .description("print the whole validated bank as one JSON document (docs/content-format.md)")
    .option("--dir <dir>", "content directory", undefined)
    .action((options: DirOptions) => {
      const dir = contentDir(io, options.dir);
      const result = loadContent(dir);
      if (!result.ok) {
        for (const p of result.problems) io.err(`${formatProblem(p, shown(io, dir, p.path))}\n`);
        exit(EXIT.failed);
        return;
      }
      io.out(`${JSON.stringify(result.bank)}\n`);
      exit(EXIT.ok);
    });
}

function hasNativePython(): boolean {
  return findPython() !== undefined;
}

function contentDir(io: Io, dir: string | undefined): string {
  if (dir === undefined) return DEFAULT_CONTENT_DIR;
  const path = resolve(io.cwd, dir);
  if (!existsSync(path)) throw new UsageError(`content directory not found: ${dir}`);
  return path;
}

function shown(io: Io, dir: string, path: string): string {
  const full = join(dir, path);
  const rel = relative(io.cwd, full);
  return rel.startsWith("..") ? full : rel;
}

function renderStats(s: BankStats): string {
  const lines: string[] = [];
  const t = s.totals;
  lines.push(
    `${t.areas} areas, ${t.topics} topics, ${t.questions} questions, ${t.exercises} exercises, ${t.lessons} lessons`,
    "",
    `Guide coverage: ${s.guide.percent.toFixed(1)}%  ` +
      `(outline bullets ${s.guide.bullets.covered}/${s.guide.bullets.total}, ` +
      `questions ${s.guide.questions.covered}/${s.guide.questions.total})`,
  );
  for (const b of s.guide.bullets.missing)
    lines.push(`  untraced bullet (guide line ${b.line}): ${b.text}`);
  for (const q of s.guide.questions.missing)
    lines.push(`  untraced question (guide line ${q.line}): ${q.question}`);
  lines.push(
    `Topic coverage: ${s.topicCoverage.lessons.toFixed(1)}% have a lesson, ` +
      `${s.topicCoverage.questions.toFixed(1)}% have at least two questions`,
    "",
    "By kind:  " +
      Object.entries(s.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(", "),
    "By level:",
  );
  for (const [what, levels] of Object.entries(s.byLevel)) {
    const total = levels.junior + levels.mid + levels.senior;
    // Topics are the curriculum's own spread; for items the share per band is what the balance asks.
    const share = (n: number) =>
      what === "topics" || total === 0 ? "" : ` (${Math.round((100 * n) / total)}%)`;
    lines.push(
      `  ${what.padEnd(10)} junior ${levels.junior}${share(levels.junior)}, mid ${levels.mid}${share(levels.mid)}, senior ${levels.senior}${share(levels.senior)}`,
    );
  }
  lines.push("", "By area:");
  const head = ["area", "topics", "questions", "exercises", "lessons", "junior", "mid", "senior"];
  const rows = s.areas.map((a) => [
    a.id,
    String(a.topics),
    String(a.questions),
    String(a.exercises),
    String(a.lessons),
    String(a.byLevel.junior),
    String(a.byLevel.mid),
    String(a.byLevel.senior),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r: string[]) =>
    "  " +
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  lines.push(fmt(head), ...rows.map(fmt), "  (junior/mid/senior count questions and exercises)");
  return `${lines.join("\n")}\n`;
}
