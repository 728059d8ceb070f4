import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PythonRunner } from "@pyprep/judge";
import { NativeRunner } from "@pyprep/judge/native";
import { PyodideRunner } from "@pyprep/judge/pyodide";
import { normalizeOutput } from "@pyprep/core";
import { checkExecutable, loadContent } from "./index.ts";
import { minimalContent, writeTree } from "./testing/tree.ts";

describe("normalizeOutput", () => {
  it("ignores trailing whitespace on lines and trailing blank lines", () => {
    expect(normalizeOutput("a  \r\nb\t\n\n\n")).toBe("a\nb");
    expect(normalizeOutput(" a")).toBe(" a");
  });
});

const problemsWith = async (runner: PythonRunner, change: (files: Record<string, string>) => void) => {
  const files = minimalContent();
  change(files);
  const loaded = loadContent(writeTree(files));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
  const problems = await checkExecutable(loaded.bank, loaded.sources, runner);
  return problems.map((p) => `${p.path}:${p.line}: ${p.message}`).sort();
};

describe.each(["native", "pyodide"] as const)("checkExecutable on %s", (backend) => {
  let runner: PythonRunner;
  beforeAll(async () => {
    if (backend === "native") runner = new NativeRunner();
    else {
      const pyodide = new PyodideRunner({ workers: 1 });
      await pyodide.warm();
      runner = pyodide;
    }
  }, 60_000);
  afterAll(async () => {
    await runner.close();
  });

  it("finds nothing wrong in content whose code does what it says", async () => {
    expect(await problemsWith(runner, () => undefined)).toEqual([]);
  });

  it("reports a reference solution that fails its tests", async () => {
    const problems = await problemsWith(runner, (files) => {
      files["exercises/two-fer/solution.py"] = "def two_fer(name='you'):\n    return 'One for you, one for me.'\n";
    });
    expect(problems).toEqual([
      `exercises/two-fer/solution.py:1: reference solution is not accepted on ${backend}: wrong_answer: 1 of 2 tests did not pass; first: test_name`,
    ]);
  });

  it("confirms a reference solution's time-out with a second run before reporting it", async () => {
    const files = minimalContent();
    const loaded = loadContent(writeTree(files));
    if (!loaded.ok) throw new Error("the minimal content should load");
    const reference = files["exercises/two-fer/solution.py"];
    // A runner on which the reference solution's first `slowRuns` runs hang past a short limit,
    // as they might on a busy machine.
    const slowOnce = (slowRuns: number): PythonRunner => ({
      backend: runner.backend,
      close: () => Promise.resolve(),
      run: (request) => {
        if (request.mode !== "script" && request.solution.source === reference && slowRuns-- > 0)
          return runner.run({
            ...request,
            solution: { ...request.solution, source: "while True:\n    pass\n" },
            timeLimitMs: 300,
          });
        return runner.run(request);
      },
    });
    expect(await checkExecutable(loaded.bank, loaded.sources, slowOnce(1))).toEqual([]);
    const twice = await checkExecutable(loaded.bank, loaded.sources, slowOnce(2));
    expect(twice.map((p) => p.message)).toEqual([
      expect.stringMatching(/^reference solution is not accepted on \w+: time_limit_exceeded: .* \(twice\)$/),
    ]);
  }, 60_000);

  it("reports a wrong solution that the tests accept, and a starter that passes", async () => {
    const problems = await problemsWith(runner, (files) => {
      files["exercises/two-fer/wrong/no_default.py"] = files["exercises/two-fer/solution.py"] ?? "";
      files["exercises/two-fer/starter.py"] = files["exercises/two-fer/solution.py"] ?? "";
    });
    expect(problems).toEqual([
      `exercises/two-fer/starter.py:1: the starter already passes the tests on ${backend}`,
      `exercises/two-fer/wrong/no_default.py:1: wrong solution is accepted on ${backend}: the tests do not catch this mistake`,
    ]);
  });

  it("reports a predict-the-output item whose stated output is not what the code prints", async () => {
    const problems = await problemsWith(runner, (files) => {
      files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
        'output: "[1, 2]\\n"',
        'output: "[1]\\n"',
      );
    });
    expect(problems).toEqual([
      `areas/basics/questions.yaml:34: predict-append: prints "[1, 2]", not the stated "[1]" on ${backend}`,
    ]);
  });

  it("reports a lesson example that raises", async () => {
    const problems = await problemsWith(runner, (files) => {
      files["areas/basics/lessons/variables.md"] = (files["areas/basics/lessons/variables.md"] ?? "").replace(
        "print(x)",
        "print(x[5])",
      );
    });
    expect(problems).toEqual([
      `areas/basics/lessons/variables.md:7: example does not run (runtime_error: IndexError: list index out of range) on ${backend}`,
    ]);
  });
});
