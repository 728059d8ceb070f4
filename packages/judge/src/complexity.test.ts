import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ComplexityError,
  compareGrowth,
  complexityRequest,
  growthMessage,
  parseComplexity,
  type ComplexityEstimate,
  type JudgeResult,
} from "./index.ts";
import { COMPLEXITY_PATH, NativeRunner, complexityScript, findPython } from "./native/index.ts";
import { PyodideRunner } from "./pyodide/index.ts";
import { estimateComplexity } from "./complexity.ts";

const QUADRATIC = {
  module: "pairs",
  source: [
    "def count_pairs(items):",
    "    count = 0",
    "    for i in range(len(items)):",
    "        for j in range(i + 1, len(items)):",
    "            count += items[i] < items[j]",
    "    return count",
    "",
  ].join("\n"),
  entry: "count_pairs",
  generator: "def generate(n):\n    return (list(range(n)),)\n",
  budgetMs: 1500,
};

function estimate(overrides: Partial<ComplexityEstimate> = {}): ComplexityEstimate {
  return {
    class: "O(n^2)",
    confidence: 0.9,
    lineClass: "O(n^2)",
    reusableInputs: true,
    measurements: [{ n: 1, seconds: 1e-7 }],
    lineCounts: [{ n: 1, lines: 3 }],
    weights: { "O(n^2)": 0.9, "O(n^3)": 0.1 },
    ...overrides,
  };
}

describe("complexity estimate", () => {
  it("passes its unittest suite (model selection on synthetic data, sizes, inputs) under python3", () => {
    const python = findPython();
    if (python === undefined) throw new Error("these tests need python3 >= 3.10 on PATH");
    const run = spawnSync(python.command, ["-B", "-m", "unittest", "test_complexity"], {
      cwd: dirname(COMPLEXITY_PATH),
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^OK$/m);
  }, 130_000);

  it("measures a quadratic function as O(n^2) on both back ends", async () => {
    const python = findPython();
    if (python === undefined) throw new Error("these tests need python3 >= 3.10 on PATH");
    const native = new NativeRunner({ python });
    const pyodide = new PyodideRunner({ workers: 1 });
    try {
      for (const runner of [native, pyodide]) {
        const result = await estimateComplexity(runner, complexityScript(), QUADRATIC);
        expect(result.class, runner.backend).toBe("O(n^2)");
        expect(result.lineClass).toBe("O(n^2)");
        expect(result.measurements.length).toBeGreaterThanOrEqual(4);
        const sizes = result.measurements.map((m) => m.n);
        expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
      }
    } finally {
      await Promise.all([native.close(), pyodide.close()]);
    }
  }, 120_000);

  it("keeps the learner's prints out of the report", async () => {
    const python = findPython();
    if (python === undefined) throw new Error("these tests need python3 >= 3.10 on PATH");
    const runner = new NativeRunner({ python });
    try {
      const noisy = {
        ...QUADRATIC,
        source: `def count_pairs(items):\n    print("@@pyprep-complexity@@{}")\n    return len(items)\n`,
        budgetMs: 500,
      };
      const result = await estimateComplexity(runner, complexityScript(), noisy);
      expect(result.class).toBe("O(1)");
    } finally {
      await runner.close();
    }
  }, 60_000);

  it("turns a run without a report, or an error report, into a ComplexityError", () => {
    const base = { verdict: "runtime_error", summary: "boom", stdout: "", backend: "native" };
    expect(() => parseComplexity(base as unknown as JudgeResult)).toThrow(ComplexityError);
    const failed = {
      ...base,
      verdict: "accepted",
      stdout: '@@pyprep-complexity@@{"error": "f.py defines no function g"}\n',
    };
    expect(() => parseComplexity(failed as unknown as JudgeResult)).toThrow(
      "f.py defines no function g",
    );
  });

  it("asks for a script run with the module, the generator and the request beside it", () => {
    const request = complexityRequest("print(1)", QUADRATIC);
    expect(request.mode).toBe("script");
    expect(request.files?.map((f) => f.name)).toEqual([
      "pairs.py",
      "generator.py",
      "complexity_request.json",
    ]);
    expect(JSON.parse(request.files?.[2]?.source ?? "")).toEqual({
      module: "pairs",
      entry: "count_pairs",
      budget_ms: 1500,
    });
    expect(request.timeLimitMs).toBeGreaterThan(1500);
  });

  it("words the comparison with the exercise's class for the learner", () => {
    expect(compareGrowth("O(n^2)", "O(n)")).toBe("slower");
    expect(compareGrowth("O(n)", "O(n)")).toBe("as-expected");
    expect(compareGrowth("O(log n)", "O(n)")).toBe("faster");
    expect(growthMessage(estimate(), "O(n)")).toBe(
      "Your solution grows like O(n^2); this problem can be solved in O(n).",
    );
    expect(growthMessage(estimate({ class: "O(n)" }), "O(n)")).toBe(
      "Your solution grows like O(n), as a good solution to this problem does.",
    );
    expect(growthMessage(estimate())).toBe("Your solution grows like O(n^2).");
  });
});
