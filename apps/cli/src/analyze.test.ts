import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { complexityEstimateSchema, findingSchema } from "@pyprep/judge";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { registerAnalyzeCommand } from "./commands/analyze.ts";
import { EXIT, UsageError, type ExitCode } from "./io.ts";
import { main } from "./index.ts";
import { captureIo } from "./testing.ts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pyprep-analyze-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function analyze(dir: string, ...argv: string[]) {
  const io = captureIo(dir);
  const code = await main(["analyze", ...argv], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

const reportSchema = z.strictObject({
  complexity: z.null(),
  findings: z.array(findingSchema.strict()),
});

const measuredSchema = z.strictObject({
  complexity: complexityEstimateSchema.strict(),
  findings: z.array(findingSchema.strict()),
});

const GENERATOR = [
  "def generate(n):",
  "    nums = [2 * i + 1 for i in range(max(n, 2))]",
  "    return nums, nums[-1] + nums[-2]",
  "",
].join("\n");

const CLEAN = [
  "def two_sum(nums, target):",
  "    seen = {}",
  "    for j, value in enumerate(nums):",
  "        if target - value in seen:",
  "            return seen[target - value], j",
  "        seen[value] = j",
  "",
].join("\n");

const SLOW = [
  "def two_sum(nums, target):",
  "    for i in range(len(nums)):",
  "        for j in range(i + 1, len(nums)):",
  "            if nums[i] + nums[j] == target:",
  "                return i, j",
  "",
].join("\n");

describe("pyprep analyze", () => {
  it("exits 0 and says so when there is nothing to point out", async () => {
    const dir = folder({ "two_sum.py": CLEAN });
    const { code, stdout, stderr } = await analyze(dir, "--solution", "two_sum.py");
    expect(stderr).toBe("");
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe("two_sum.py: nothing to point out\n");
  });

  it("prints FILE:LINE: severity: message [rule → topic] and exits 1 on a warning", async () => {
    const dir = folder({ "two_sum.py": SLOW });
    const { code, stdout } = await analyze(dir, "--solution", "two_sum.py");
    expect(code).toBe(EXIT.failed);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^two_sum\.py:3: warning: These nested loops compare every pair of items of `nums`.* \[nested-loop-same-sequence → dictionaries\]$/,
    );
    expect(lines[1]).toBe("two_sum.py: 1 warning");
  });

  it("exits 0 when every finding is only info, and counts them", async () => {
    const dir = folder({
      "show.py": "def show(names):\n    for i in range(len(names)):\n        print(names[i])\n",
    });
    const { code, stdout } = await analyze(dir, "--solution", "show.py");
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("show.py:2: info: The index `i` is only used to read `names[i]`");
    expect(stdout).toContain("[range-len-loop → control-flow]");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("show.py: 1 info");
  });

  it("prints { complexity: null, findings } with --json", async () => {
    const dir = folder({
      "bag.py":
        "def add(item, items=[]):\n    if item == None:\n        return items\n    items.append(item)\n    return items\n",
    });
    const { code, stdout } = await analyze(dir, "--solution", "bag.py", "--json");
    expect(code).toBe(EXIT.failed);
    const report = reportSchema.parse(JSON.parse(stdout));
    expect(report.findings.map((f) => [f.rule, f.line, f.severity, f.topic])).toEqual([
      ["mutable-default-argument", 1, "warning", "function-arguments"],
      ["compare-to-none", 2, "warning", "variables-and-types"],
    ]);
    expect(report.findings[0]?.message).toMatch(/shared by every call/);
  });

  it("reports a syntax error as an error finding and exits 1", async () => {
    const dir = folder({ "broken.py": "def broken(:\n    pass\n" });
    const { code, stdout } = await analyze(dir, "--solution", "broken.py", "--json");
    expect(code).toBe(EXIT.failed);
    const report = reportSchema.parse(JSON.parse(stdout));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: "syntax-error", line: 1, severity: "error" });
  });

  it("resolves the file against the working directory and keeps the path as typed", async () => {
    const dir = folder({});
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "bag.py"), "def add(item, items=[]):\n    return items\n");
    const { code, stdout } = await analyze(dir, "--solution", "src/bag.py");
    expect(code).toBe(EXIT.failed);
    expect(stdout).toMatch(/^src\/bag\.py:1: warning: /);
  });

  it("measures the growth of the entry with the generator's inputs, as text and as JSON", async () => {
    const dir = folder({ "two_sum.py": SLOW, "fast.py": CLEAN, "gen.py": GENERATOR });
    const slow = await analyze(
      dir,
      "--solution",
      "two_sum.py",
      "--entry",
      "two_sum",
      "--generator",
      "gen.py",
      "--json",
    );
    const report = measuredSchema.parse(JSON.parse(slow.stdout));
    expect(report.complexity.class).toBe("O(n^2)");
    expect(report.complexity.lineClass).toBe("O(n^2)");
    expect(report.complexity.confidence).toBeGreaterThan(0.5);
    expect(report.complexity.measurements.length).toBeGreaterThanOrEqual(4);
    expect(report.findings.map((f) => f.rule)).toContain("nested-loop-same-sequence");

    const fast = await analyze(
      dir,
      "--solution",
      "fast.py",
      "--entry",
      "two_sum",
      "--generator",
      "gen.py",
    );
    expect(fast.code).toBe(EXIT.ok);
    expect(fast.stdout).toMatch(
      /^Your solution grows like O\(n\) \(\d+% confidence\)\.\n {2}measured: 1 → .*\n {2}executed Python lines grow like O\(n\)\nfast\.py: nothing to point out\n$/,
    );
  }, 60_000);

  it("measures on Pyodide too, with the same findings", async () => {
    const dir = folder({ "two_sum.py": SLOW, "gen.py": GENERATOR });
    const native = await analyze(dir, "--solution", "two_sum.py", "--json");
    const pyodide = await analyze(
      dir,
      "--solution",
      "two_sum.py",
      "--entry",
      "two_sum",
      "--generator",
      "gen.py",
      "--backend",
      "pyodide",
      "--json",
    );
    const report = measuredSchema.parse(JSON.parse(pyodide.stdout));
    expect(report.complexity.class).toBe("O(n^2)");
    expect(report.findings).toEqual(reportSchema.parse(JSON.parse(native.stdout)).findings);
  }, 90_000);

  it("exits 1 and says why when the measurement fails", async () => {
    const dir = folder({
      "f.py": "def f(items):\n    return items[0]\n",
      "gen.py": "def generate(n):\n    return ([],)\n",
      "bad.py": "def generate(n):\n    return 42\n",
    });
    const raised = await analyze(
      dir,
      "--solution",
      "f.py",
      "--entry",
      "f",
      "--generator",
      "gen.py",
    );
    expect(raised.code).toBe(EXIT.failed);
    expect(raised.stderr).toBe(
      "pyprep: could not measure f: IndexError: list index out of range\n",
    );
    const shape = await analyze(dir, "--solution", "f.py", "--entry", "f", "--generator", "bad.py");
    expect(shape.stderr).toContain("generate(16) must return a tuple of arguments, not int");
    const absent = await analyze(
      dir,
      "--solution",
      "f.py",
      "--entry",
      "g",
      "--generator",
      "gen.py",
    );
    expect(absent.stderr).toContain("f.py defines no function g");
  }, 60_000);

  it("shows examples in --help", async () => {
    const { code, stdout } = await analyze(folder({}), "--help");
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Usage: pyprep analyze [options]");
    expect(stdout).toContain("$ pyprep analyze --solution two_sum.py");
    expect(stdout).toContain("--json");
  });
});

describe("pyprep analyze usage errors", () => {
  it("exits 2 for a missing file", async () => {
    const { code, stdout, stderr } = await analyze(folder({}), "--solution", "nope.py");
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe("");
    expect(stderr).toBe("pyprep: --solution: cannot read nope.py: ENOENT\n");
  });

  it("exits 2 for a folder", async () => {
    const dir = folder({});
    mkdirSync(join(dir, "pkg"));
    const { code, stderr } = await analyze(dir, "--solution", "pkg");
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe("pyprep: --solution: pkg is not a file\n");
  });

  it("exits 2 without --solution, or with an unknown flag", async () => {
    const missing = await analyze(folder({}));
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toContain("required option '--solution <file>' not specified");
    const unknown = await analyze(folder({ "a.py": "" }), "--solution", "a.py", "--bogus");
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
  });

  it("exits 2 when --entry and --generator do not come together, or the entry is no name", async () => {
    const dir = folder({
      "a.py": "def f(x):\n    return x\n",
      "gen.py": "def generate(n):\n    return (n,)\n",
    });
    const alone = await analyze(dir, "--solution", "a.py", "--entry", "f");
    expect(alone.code).toBe(EXIT.usage);
    expect(alone.stderr).toBe(
      "pyprep: --entry needs --generator: a Python file defining generate(n)\n",
    );
    const other = await analyze(dir, "--solution", "a.py", "--generator", "gen.py");
    expect(other.code).toBe(EXIT.usage);
    expect(other.stderr).toContain("--generator needs --entry");
    const bad = await analyze(dir, "--solution", "a.py", "--entry", "f()", "--generator", "gen.py");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain("--entry: f() is not a Python function name");
    const missing = await analyze(
      dir,
      "--solution",
      "a.py",
      "--entry",
      "f",
      "--generator",
      "nope.py",
    );
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toBe("pyprep: --generator: cannot read nope.py: ENOENT\n");
  });

  it("uses the injected back end, so a machine without python3 still analyzes (in Pyodide)", async () => {
    const dir = folder({ "a.py": "x = 1\n" });
    const io = captureIo(dir);
    let exitCode: ExitCode | undefined;
    let asked: string | undefined = "unset";
    const program = new Command("pyprep").exitOverride();
    registerAnalyzeCommand(
      program,
      io,
      (code) => {
        exitCode = code;
      },
      {
        openRunner: (_io, choice) => {
          asked = choice;
          return Promise.reject(new UsageError("no back end here"));
        },
      },
    );
    const run = program.parseAsync(["analyze", "--solution", "a.py"], { from: "user" });
    await expect(run).rejects.toThrow(/no back end here/);
    expect(asked).toBeUndefined();
    expect(exitCode).toBeUndefined();
  });
});
