import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeSource, hasSeriousFinding, type Finding } from "./analysis.ts";
import { ANALYZER_PATH, findPython } from "./native/index.ts";
import { BACKENDS, openBackend, py } from "./testing.ts";

const SNIPPET = py`
  def add(item, items=[]):
      for other in items:
          if other == None:
              return items
      items.append(item)
      return items
`;

const EXPECTED = [
  ["mutable-default-argument", 1, "warning", "function-arguments"],
  ["compare-to-none", 3, "warning", "variables-and-types"],
];

const summary = (findings: readonly Finding[]) =>
  findings.map((f) => [f.rule, f.line, f.severity, f.topic]);

describe("python/analyzer.py", () => {
  it("passes its unittest suite (every rule's must-fire and must-not-fire cases, the reference solutions) under python3", () => {
    const python = findPython();
    if (python === undefined) throw new Error("these tests need python3 >= 3.10 on PATH");
    const run = spawnSync(python.command, ["-B", "-m", "unittest", "test_analyzer"], {
      cwd: dirname(ANALYZER_PATH),
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Ran \d+ tests/m);
    expect(run.stderr).toMatch(/^OK$/m);
  }, 180_000);
});

describe.each(BACKENDS)("analyze() inside the judge, %s back end", (backend) => {
  it("gives the analyzer's findings through analyzeSource, and says why when it cannot", async () => {
    const runner = await openBackend(backend, 1);
    try {
      // The harness only lets the run read its own folder: the analyzer travels as an extra file
      // and the code to analyse as another.
      const analyzer = readFileSync(ANALYZER_PATH, "utf8");
      const findings = await analyzeSource(runner, analyzer, SNIPPET);
      expect(summary(findings)).toEqual(EXPECTED);
      expect(hasSeriousFinding(findings)).toBe(true);
      const broken = await analyzeSource(runner, analyzer, "def broken(:\n    pass\n");
      expect(broken).toMatchObject([{ rule: "syntax-error", line: 1, severity: "error" }]);
      await expect(analyzeSource(runner, "raise SystemExit(3)\n", SNIPPET)).rejects.toThrow(
        /the analyzer failed/,
      );
    } finally {
      await runner.close();
    }
  }, 120_000);
});
