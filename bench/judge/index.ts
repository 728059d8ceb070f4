// Judge benchmarks: every figure is a ratio against a floor measured in the same run.
//   npx tsx bench/judge/index.ts [--runs N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { PythonRunner, RunRequest } from "@pyprep/judge";
import { NativeRunner, findPython } from "@pyprep/judge/native";
import { PyodideRunner } from "@pyprep/judge/pyodide";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/// A typical exercise: a handful of unittest tests with a little real work.
const TYPICAL: RunRequest = {
  solution: {
    name: "anagrams.py",
    source: [
      "from collections import Counter",
      "",
      "def find_anagrams(word, candidates):",
      "    key = Counter(word.lower())",
      "    return [c for c in candidates if c.lower() != word.lower() and Counter(c.lower()) == key]",
      "",
    ].join("\n"),
  },
  tests: [
    {
      name: "anagrams_test.py",
      source: [
        "import unittest",
        "from anagrams import find_anagrams",
        "",
        "class AnagramTest(unittest.TestCase):",
        "    def test_no_matches(self):",
        "        self.assertEqual(find_anagrams('diaper', ['hello', 'world']), [])",
        "    def test_two_matches(self):",
        "        self.assertEqual(find_anagrams('solemn', ['lemons', 'cherry', 'melons']), ['lemons', 'melons'])",
        "    def test_case_insensitive(self):",
        "        self.assertEqual(find_anagrams('Orchestra', ['cashregister', 'Carthorse', 'radishes']), ['Carthorse'])",
        "    def test_not_itself(self):",
        "        self.assertEqual(find_anagrams('BANANA', ['BANANA', 'Banana']), [])",
        "    def test_many(self):",
        "        words = ['listen', 'silent', 'enlist', 'google', 'inlets', 'banana'] * 2000",
        "        self.assertEqual(len(find_anagrams('tinsel', words)), 8000)",
        "",
      ].join("\n"),
    },
  ],
  timeLimitMs: 20_000,
};

/// Tests whose own compute dominates: for comparing interpreters.
const COMPUTE: RunRequest = {
  solution: { name: "work.py", source: "def total(n):\n    return sum(i * i for i in range(n))\n" },
  tests: [
    {
      name: "test_work.py",
      source:
        "from work import total\n\ndef test_total():\n    assert total(300_000) == sum(i * i for i in range(300_000))\n",
    },
  ],
  timeLimitMs: 60_000,
};

async function timeRuns(runner: PythonRunner, request: RunRequest, n: number) {
  const wall: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    const result = await runner.run(request);
    wall.push(performance.now() - started);
    if (result.verdict !== "accepted")
      throw new Error(`benchmark run not accepted: ${result.summary}`);
    own.push(result.tests.reduce((sum, t) => sum + t.durationMs, 0));
  }
  return { wall, own };
}

function unittestDirect(python: string, request: RunRequest, n: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), "pyprep-bench-"));
  for (const f of [request.solution, ...(request.tests ?? [])])
    writeFileSync(join(dir, f.name), f.source);
  const modules = (request.tests ?? []).map((t) => t.name.replace(/\.py$/, ""));
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    const r = spawnSync(python, ["-m", "unittest", ...modules], { cwd: dir, encoding: "utf8" });
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`python3 -m unittest failed: ${r.stderr}`);
  }
  return times;
}

async function throughput(
  make: (workers: number) => Promise<PythonRunner>,
  workers: number,
  jobs: number,
) {
  const runner = await make(workers);
  await runner.run(COMPUTE); // warm
  const started = performance.now();
  await Promise.all(Array.from({ length: jobs }, () => runner.run(COMPUTE)));
  const seconds = (performance.now() - started) / 1000;
  await runner.close();
  return jobs / seconds;
}

const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

const python = findPython();
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, python3 ${python?.version ?? "none"}`,
);
console.log(`runs per figure: ${RUNS}\n`);

if (python !== undefined) {
  // Native verdict time against running the same files with `python3 -m unittest` directly.
  const native = new NativeRunner({ python, concurrency: 1 });
  await timeRuns(native, TYPICAL, 3);
  const judged = median((await timeRuns(native, TYPICAL, RUNS)).wall);
  const direct = median(unittestDirect(python.command, TYPICAL, RUNS));
  row(
    "native verdict, typical exercise",
    fmt(judged),
    `python3 -m unittest: ${fmt(direct)}`,
    `${(judged / direct).toFixed(2)} ×`,
    "≤ 1.25 ×",
  );
  await native.close();
}

// Pyodide: cold start against a plain loadPyodide(), warm overhead, compute against native.
{
  const started = performance.now();
  const { loadPyodide } = await import("pyodide");
  await loadPyodide();
  const plain = performance.now() - started;
  const coldStarted = performance.now();
  const pool = new PyodideRunner({ workers: 1 });
  await pool.ready();
  const cold = performance.now() - coldStarted;
  row(
    "Pyodide cold start (worker ready)",
    fmt(cold),
    `plain loadPyodide(): ${fmt(plain)}`,
    `${(cold / plain).toFixed(2)} ×`,
    "≤ 2.5 s, hidden by pre-warming",
  );

  await timeRuns(pool, TYPICAL, 3);
  const warm = await timeRuns(pool, TYPICAL, RUNS);
  const overhead = median(warm.wall.map((w, i) => w - (warm.own[i] ?? 0)));
  row(
    "Pyodide warm run, typical exercise",
    fmt(median(warm.wall)),
    `tests' own compute: ${fmt(median(warm.own))}`,
    `overhead ${fmt(overhead)}`,
    "overhead ≤ 25 ms",
  );

  const pyodideCompute = median((await timeRuns(pool, COMPUTE, Math.min(RUNS, 10))).own);
  await pool.close();
  if (python !== undefined) {
    const native = new NativeRunner({ python, concurrency: 1 });
    const nativeCompute = median((await timeRuns(native, COMPUTE, Math.min(RUNS, 10))).own);
    await native.close();
    row(
      "Pyodide compute vs native (same test)",
      fmt(pyodideCompute),
      `native: ${fmt(nativeCompute)}`,
      `${(pyodideCompute / nativeCompute).toFixed(2)} ×`,
      "reported",
    );
  }
}

// Pool throughput: two workers against one, on this machine's cores.
{
  const jobs = 24;
  if (python !== undefined) {
    const make = (w: number) =>
      Promise.resolve<PythonRunner>(new NativeRunner({ python, concurrency: w }));
    const one = await throughput(make, 1, jobs);
    const two = await throughput(make, 2, jobs);
    row(
      "native pool throughput, 2 vs 1",
      `${two.toFixed(1)} runs/s`,
      `1 worker: ${one.toFixed(1)} runs/s`,
      `${(two / one).toFixed(2)} ×`,
      "≥ 1.7 ×",
    );
  }
  const makePyodide = async (w: number) => {
    const p = new PyodideRunner({ workers: w });
    await p.warm();
    return p;
  };
  const one = await throughput(makePyodide, 1, jobs);
  const two = await throughput(makePyodide, 2, jobs);
  row(
    "Pyodide pool throughput, 2 vs 1",
    `${two.toFixed(1)} runs/s`,
    `1 worker: ${one.toFixed(1)} runs/s`,
    `${(two / one).toFixed(2)} ×`,
    "≥ 1.7 ×",
  );
}

const head = ["figure", "measured", "floor / peer (same run)", "ratio", "target"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(line(head));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));
