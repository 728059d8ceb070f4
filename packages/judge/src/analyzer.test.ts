import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { findingsSchema, hasSeriousFinding, type Finding } from "./analysis.ts";
import { ANALYZER_PATH, analyzeFile, findPython } from "./native/index.ts";
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

  it("runs through analyzeFile with the local python3", async () => {
    const python = findPython();
    if (python === undefined) throw new Error("these tests need python3 >= 3.10 on PATH");
    const dir = mkdtempSync(join(tmpdir(), "pyprep-analyzer-"));
    writeFileSync(join(dir, "solution.py"), SNIPPET);
    const findings = await analyzeFile(python, join(dir, "solution.py"));
    expect(summary(findings)).toEqual(EXPECTED);
    expect(hasSeriousFinding(findings)).toBe(true);
    await expect(analyzeFile(python, join(dir, "missing.py"))).rejects.toThrow(/cannot read/);
  });
});

describe.each(BACKENDS)("analyze() inside the judge, %s back end", (backend) => {
  it("gives the same findings as the command line", async () => {
    const runner = await openBackend(backend, 1);
    try {
      // The harness only lets the run read its own folder: the analyzer travels as an extra file
      // and the code to analyse as a string.
      const result = await runner.run({
        mode: "script",
        solution: {
          name: "main.py",
          source: `import json\nfrom analyzer import analyze\nprint(json.dumps(analyze(${JSON.stringify(SNIPPET)})))\n`,
        },
        files: [{ name: "analyzer.py", source: readFileSync(ANALYZER_PATH, "utf8") }],
        timeLimitMs: 30_000,
      });
      expect(result.verdict, result.error?.traceback).toBe("accepted");
      expect(result.backend).toBe(backend);
      expect(result.python).toMatch(/^3\.1\d\./);
      expect(summary(findingsSchema.parse(JSON.parse(result.stdout)))).toEqual(EXPECTED);
    } finally {
      await runner.close();
    }
  }, 120_000);
});
