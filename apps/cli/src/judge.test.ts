import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { judgeResultSchema } from "@pyprep/judge";
import { describe, expect, it } from "vitest";
import { main } from "./index.ts";
import { captureIo } from "./testing.ts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pyprep-judge-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const LEAP = {
  "leap.py":
    "def leap_year(year):\n    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n",
  "leap_test.py": [
    "import unittest",
    "",
    "from leap import (",
    "    leap_year,",
    ")",
    "",
    "",
    "class LeapTest(unittest.TestCase):",
    "    def test_year_not_divisible_by_4_in_common_year(self):",
    "        self.assertIs(leap_year(2015), False)",
    "",
    "    def test_year_divisible_by_100_not_divisible_by_400_in_common_year(self):",
    "        self.assertIs(leap_year(2100), False)",
    "",
    "    def test_year_divisible_by_400_is_leap_year(self):",
    "        self.assertIs(leap_year(2000), True)",
    "",
  ].join("\n"),
};

async function judge(dir: string, ...argv: string[]) {
  const io = captureIo(dir);
  const code = await main(["judge", ...argv], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe.each(["native", "pyodide"])("pyprep judge --backend %s", (backend) => {
  it("exits 0 with a check mark per test for a correct solution", async () => {
    const dir = folder(LEAP);
    const { code, stdout } = await judge(
      dir,
      "--solution",
      "leap.py",
      "--tests",
      "leap_test.py",
      "--backend",
      backend,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("✓ LeapTest.test_year_divisible_by_400_is_leap_year");
    expect(stdout).toMatch(
      new RegExp(
        `^accepted: all 3 tests passed \\(${backend}, Python 3\\.\\d+\\.\\d+, \\d+ ms\\)$`,
        "m",
      ),
    );
  }, 60_000);

  it("exits 1 and shows the failing test's message for a wrong solution", async () => {
    const dir = folder({ ...LEAP, "leap.py": "def leap_year(year):\n    return year % 4 == 0\n" });
    const { code, stdout } = await judge(
      dir,
      "--solution",
      "leap.py",
      "--tests",
      "leap_test.py",
      "--backend",
      backend,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      "✗ LeapTest.test_year_divisible_by_100_not_divisible_by_400_in_common_year",
    );
    expect(stdout).toContain("True is not False");
    expect(stdout).toMatch(/^wrong_answer: 1 of 3 tests did not pass/m);
  }, 60_000);

  it("prints exactly the result schema with --json", async () => {
    const dir = folder({ ...LEAP, "leap.py": "def leap_year(year)\n" });
    const { code, stdout } = await judge(
      dir,
      "--solution",
      "leap.py",
      "--tests",
      "leap_test.py",
      "--backend",
      backend,
      "--json",
    );
    expect(code).toBe(1);
    const result = judgeResultSchema.strict().parse(JSON.parse(stdout));
    expect(result.verdict).toBe("syntax_error");
    expect(result.syntaxError).toMatchObject({ file: "leap.py", line: 1 });
  }, 60_000);
});

describe("pyprep judge usage", () => {
  it("feeds --stdin and places --file extras beside the solution", async () => {
    const dir = folder({
      "greet.py":
        "from names import default\n\ndef greet():\n    return 'Hello, ' + (input() or default())\n",
      "names.py": "def default():\n    return 'world'\n",
      "test_greet.py":
        "from greet import greet\n\ndef test_greet():\n    assert greet() == 'Hello, Ada'\n",
      "in.txt": "Ada\n",
    });
    const { code, stdout } = await judge(
      dir,
      "--solution",
      "greet.py",
      "--tests",
      "test_greet.py",
      "--file",
      "names.py",
      "--stdin",
      "in.txt",
    );
    expect(stdout).toContain("accepted");
    expect(code).toBe(0);
  });

  it("exits 2 naming an unreadable file", async () => {
    const dir = folder(LEAP);
    const { code, stderr } = await judge(
      dir,
      "--solution",
      "missing.py",
      "--tests",
      "leap_test.py",
    );
    expect(code).toBe(2);
    expect(stderr).toBe("pyprep: --solution: cannot read missing.py: ENOENT\n");
  });

  it("exits 2 on an unknown flag, a bad back end or a bad time limit", async () => {
    const dir = folder(LEAP);
    expect(
      (await judge(dir, "--solution", "leap.py", "--tests", "leap_test.py", "--fast")).code,
    ).toBe(2);
    const backend = await judge(
      dir,
      "--solution",
      "leap.py",
      "--tests",
      "leap_test.py",
      "--backend",
      "jython",
    );
    expect(backend.code).toBe(2);
    expect(backend.stderr).toContain("Allowed choices are native, pyodide");
    const timeout = await judge(
      dir,
      "--solution",
      "leap.py",
      "--tests",
      "leap_test.py",
      "--timeout-ms",
      "soon",
    );
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain("--timeout-ms must be an integer from 50 to 600000, got soon");
  });

  it("exits 2 when the tests are missing", async () => {
    const dir = folder(LEAP);
    const { code, stderr } = await judge(dir, "--solution", "leap.py");
    expect(code).toBe(2);
    expect(stderr).toContain("required option '--tests <file...>' not specified");
  });
});
