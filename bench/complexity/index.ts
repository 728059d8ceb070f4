// Complexity estimation benchmark: functions of known growth (bench/complexity/cases/*.py, each with
// EXPECTED, ENTRY and generate(n)), estimated N times on each back end. Reports accuracy per class,
// overall accuracy, and stability (the same answer in every run), against the targets of ≥ 90% and
// ≥ 95%; a naive floor (always answer the commonest class) is shown beside the accuracy.
//   npx tsx bench/complexity/index.ts [--runs 5] [--backend native|pyodide|both] [--only CASE...]
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ComplexityError,
  GROWTH_CLASSES,
  estimateComplexity,
  type GrowthClass,
  type PythonRunner,
} from "@pyprep/judge";
import { NativeRunner, complexityScript, findPython } from "@pyprep/judge/native";
import { PyodideRunner } from "@pyprep/judge/pyodide";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const RUNS = Number(arg("--runs", "5"));
const BACKEND = arg("--backend", "both");
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt > 0 ? new Set(process.argv.slice(onlyAt + 1)) : undefined;

interface Case {
  readonly name: string;
  readonly source: string;
  readonly expected: GrowthClass;
  readonly entry: string;
}

const dir = fileURLToPath(new URL("cases/", import.meta.url));
const cases: Case[] = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((file) => {
    const source = readFileSync(join(dir, file), "utf8");
    const expected = /^EXPECTED = "([^"]+)"/m.exec(source)?.[1] as GrowthClass | undefined;
    const entry = /^ENTRY = "([^"]+)"/m.exec(source)?.[1];
    if (expected === undefined || !GROWTH_CLASSES.includes(expected) || entry === undefined)
      throw new Error(`${file}: needs EXPECTED = "<class>" and ENTRY = "<function>"`);
    return { name: file.replace(/\.py$/, ""), source, expected, entry };
  })
  .filter((c) => ONLY === undefined || ONLY.has(c.name));

const script = complexityScript();

async function runBackend(runner: PythonRunner) {
  const answers = new Map<string, string[]>();
  const started = Date.now();
  for (const c of cases) {
    const got: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      try {
        const estimate = await estimateComplexity(runner, script, {
          module: c.name,
          source: c.source,
          entry: c.entry,
          generator: c.source,
        });
        got.push(estimate.class);
      } catch (error) {
        got.push(error instanceof ComplexityError ? "error" : `crash: ${String(error)}`);
      }
    }
    answers.set(c.name, got);
    const mark = got.every((g) => g === c.expected) ? "ok " : "BAD";
    process.stderr.write(
      `${runner.backend} ${mark} ${c.name}: ${c.expected} → ${got.join(", ")}\n`,
    );
  }
  return { answers, seconds: (Date.now() - started) / 1000 };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(backend: string, answers: Map<string, string[]>, seconds: number): string {
  const lines = [
    `### ${backend} (${cases.length} functions × ${RUNS} runs, ${Math.round(seconds)} s)`,
    "",
    "| class | functions | correct answers | accuracy | stable (same answer in every run) |",
    "|---|---|---|---|---|",
  ];
  let correct = 0;
  let total = 0;
  let stable = 0;
  for (const cls of GROWTH_CLASSES) {
    const mine = cases.filter((c) => c.expected === cls);
    if (mine.length === 0) continue;
    let right = 0;
    let steady = 0;
    for (const c of mine) {
      const got = answers.get(c.name) ?? [];
      right += got.filter((g) => g === cls).length;
      if (got.every((g) => g === got[0])) steady++;
    }
    correct += right;
    total += mine.length * RUNS;
    stable += steady;
    lines.push(
      `| ${cls} | ${mine.length} | ${right} / ${mine.length * RUNS} | ${pct(right / (mine.length * RUNS))} | ${steady} / ${mine.length} |`,
    );
  }
  const commonest = Math.max(
    ...GROWTH_CLASSES.map((cls) => cases.filter((c) => c.expected === cls).length),
  );
  lines.push(
    `| **all** | ${cases.length} | ${correct} / ${total} | **${pct(correct / total)}** (floor: always the commonest class, ${pct(commonest / cases.length)}) | **${stable} / ${cases.length} = ${pct(stable / cases.length)}** |`,
  );
  const misses = cases
    .map((c) => ({ c, got: answers.get(c.name) ?? [] }))
    .filter(({ c, got }) => got.some((g) => g !== c.expected))
    .map(({ c, got }) => `- \`${c.name}\` (${c.expected}): ${got.join(", ")}`);
  if (misses.length > 0) lines.push("", "Misses:", ...misses);
  return lines.join("\n");
}

const sections: string[] = [];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}`;
if (BACKEND === "native" || BACKEND === "both") {
  const python = findPython();
  if (python === undefined) throw new Error("the native back end needs python3 >= 3.10 on PATH");
  // One run at a time: measurements must not compete with each other for the processor.
  const runner = new NativeRunner({ python, concurrency: 1 });
  try {
    const { answers, seconds } = await runBackend(runner);
    sections.push(report(`native (CPython ${python.version})`, answers, seconds));
  } finally {
    await runner.close();
  }
}
if (BACKEND === "pyodide" || BACKEND === "both") {
  const runner = new PyodideRunner({ workers: 1 });
  try {
    const version = await runner.ready();
    const { answers, seconds } = await runBackend(runner);
    sections.push(report(`Pyodide (CPython ${version})`, answers, seconds));
  } finally {
    await runner.close();
  }
}
console.log(`Machine: ${machine}.\n\n${sections.join("\n\n")}`);
