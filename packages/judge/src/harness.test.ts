import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeResultSchema, type PythonRunner } from "./index.ts";
import { BACKENDS, TWO_FER, openBackend, py, twoFerWith } from "./testing.ts";

describe.each(BACKENDS)("the %s back end", (backend) => {
  let runner: PythonRunner;
  beforeAll(async () => {
    runner = await openBackend(backend);
  }, 60_000);
  afterAll(async () => {
    await runner.close();
  });

  it("accepts a correct solution and reports each test", async () => {
    const result = await runner.run(TWO_FER);
    expect(judgeResultSchema.parse(result)).toEqual(result);
    expect(result.verdict).toBe("accepted");
    expect(result.backend).toBe(backend);
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ["TwoFerTest.test_a_name_given", "pass"],
      ["TwoFerTest.test_no_name_given", "pass"],
    ]);
    expect(result).toMatchObject({ passed: 2, failed: 0, skipped: 0 });
    expect(result.python).toMatch(/^3\.\d+\.\d+$/);
  });

  it("reports a wrong answer with expected and actual values", async () => {
    const result = await runner.run(
      twoFerWith('def two_fer(name="you"):\n    return f"One for {name}, one for you."\n'),
    );
    expect(result.verdict).toBe("wrong_answer");
    const failing = result.tests.find((t) => t.name === "TwoFerTest.test_a_name_given");
    expect(failing).toMatchObject({
      status: "fail",
      expected: "'One for Alice, one for me.'",
      actual: "'One for Alice, one for you.'",
    });
    expect(failing?.message).toContain("!=");
    expect(result.summary).toBe("2 of 2 tests did not pass; first: TwoFerTest.test_a_name_given");
  });

  it("runs pytest-style test functions and shows both sides of a failed ==", async () => {
    const result = await runner.run({
      solution: { name: "calc.py", source: "def add(a, b):\n    return a - b\n" },
      tests: [
        {
          name: "test_calc.py",
          source: py`
            from calc import add

            def test_zero():
                assert add(0, 0) == 0

            def test_add():
                assert add(2, 3) == 5

            def test_truthy():
                assert add(1, 1) > 1
          `,
        },
      ],
    });
    expect(result.verdict).toBe("wrong_answer");
    expect(result.tests).toMatchObject([
      { name: "test_zero", status: "pass" },
      {
        name: "test_add",
        status: "fail",
        expected: "5",
        actual: "-1",
        message: "expected 5, got -1",
      },
      { name: "test_truthy", status: "fail", message: "assert add(1, 1) > 1" },
    ]);
  });

  it("reports subtests, skips and errors separately", async () => {
    const result = await runner.run({
      solution: {
        name: "parity.py",
        source: "def is_even(n):\n    return 10 // n > 0 and (n % 2 == 0 or n == 3)\n",
      },
      tests: [
        {
          name: "test_parity.py",
          source: py`
            import unittest
            from parity import is_even

            class ParityTest(unittest.TestCase):
                def test_values(self):
                    for n, expected in [(2, True), (3, False), (4, True)]:
                        with self.subTest(n=n):
                            self.assertEqual(is_even(n), expected)

                def test_zero(self):
                    self.assertTrue(is_even(0))

                @unittest.skip("not written yet")
                def test_negative(self):
                    self.fail()
          `,
        },
      ],
    });
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ["ParityTest.test_negative", "skip"],
      ["ParityTest.test_values [n=3]", "fail"],
      ["ParityTest.test_zero", "error"],
    ]);
    const zero = result.tests.find((t) => t.name === "ParityTest.test_zero");
    expect(zero?.errorType).toBe("ZeroDivisionError");
    expect(zero?.message).toContain('File "parity.py", line 2, in is_even');
    expect(result.tests[1]).toMatchObject({ expected: "False", actual: "True" });
    expect(result.verdict).toBe("wrong_answer");
    expect(result).toMatchObject({ passed: 0, failed: 2, skipped: 1 });
  });

  it("runs tests written for other practice sites unchanged", async () => {
    const result = await runner.run({
      solution: {
        name: "grains.py",
        source: py`
          def square(number):
              if not 1 <= number <= 64:
                  raise ValueError("square must be between 1 and 64")
              return 2 ** (number - 1)

          def total():
              return 2 ** 64 - 1
        `,
      },
      tests: [
        {
          name: "grains_test.py",
          source: py`
            import unittest

            from grains import (
                square,
                total,
            )


            class GrainsTest(unittest.TestCase):
                def test_grains_on_square_1(self):
                    self.assertEqual(square(1), 1)

                def test_grains_on_square_64(self):
                    self.assertEqual(square(64), 9223372036854775808)

                def test_square_0_raises_an_exception(self):
                    with self.assertRaises(ValueError) as err:
                        square(0)
                    self.assertEqual(type(err.exception), ValueError)
                    self.assertEqual(err.exception.args[0], "square must be between 1 and 64")

                def test_returns_the_total_number_of_grains_on_the_board(self):
                    self.assertEqual(total(), 18446744073709551615)


            if __name__ == "__main__":
                unittest.main()
          `,
        },
      ],
    });
    expect(result.verdict).toBe("accepted");
    expect(result.passed).toBe(4);
  });

  it("lets tests use unittest.mock (a submodule import is no tampering)", async () => {
    const result = await runner.run({
      solution: {
        name: "greet.py",
        source: py`
          import time

          def stamp(name):
              return f"{name} at {time.time():.0f}"
        `,
      },
      tests: [
        {
          name: "test_greet.py",
          source: py`
            import unittest
            from unittest import mock
            import greet

            class StampTest(unittest.TestCase):
                def test_uses_the_clock(self):
                    with mock.patch.object(greet.time, "time", return_value=42.0):
                        self.assertEqual(greet.stamp("Ada"), "Ada at 42")
          `,
        },
      ],
    });
    expect(result.verdict, result.summary).toBe("accepted");
  });

  it("places extra files beside the solution", async () => {
    const result = await runner.run({
      solution: {
        name: "words.py",
        source: "from helpers import load\n\ndef count():\n    return len(load())\n",
      },
      files: [
        {
          name: "helpers.py",
          source:
            "def load():\n    with open('words.txt') as f:\n        return f.read().split()\n",
        },
        { name: "words.txt", source: "alpha beta gamma\n" },
      ],
      tests: [
        {
          name: "test_words.py",
          source: "from words import count\n\ndef test_count():\n    assert count() == 3\n",
        },
      ],
    });
    expect(result.verdict).toBe("accepted");
  });

  it("reports a syntax error with its line and column", async () => {
    const result = await runner.run(twoFerWith('def two_fer(name="you")\n    return name\n'));
    expect(result.verdict).toBe("syntax_error");
    expect(result.syntaxError).toMatchObject({ file: "two_fer.py", line: 1, column: 24 });
    expect(result.summary).toMatch(/^SyntaxError: .* \(two_fer\.py, line 1, column 24\)$/);
  });

  it("reports an error raised while importing the solution", async () => {
    const result = await runner.run(twoFerWith("raise RuntimeError('boom')\n"));
    expect(result.verdict).toBe("runtime_error");
    expect(result.summary).toBe("RuntimeError while importing two_fer.py: boom");
    expect(result.error?.traceback).toContain('File "two_fer.py", line 1');
  });

  it("reports a test file that finds no tests", async () => {
    const result = await runner.run({
      ...TWO_FER,
      tests: [{ name: "test_none.py", source: "import two_fer\n" }],
    });
    expect(result.verdict).toBe("internal_error");
    expect(result.summary).toBe("no tests were found");
  });

  it("captures stdout and stderr of the solution", async () => {
    const result = await runner.run(
      twoFerWith(
        'import sys\nprint("loading")\nprint("warn", file=sys.stderr)\ndef two_fer(name="you"):\n    return f"One for {name}, one for me."\n',
      ),
    );
    expect(result.verdict).toBe("accepted");
    expect(result.stdout).toBe("loading\n");
    expect(result.stderr).toBe("warn\n");
  });

  it("runs a script with stdin, and reading past it raises EOFError", async () => {
    const ok = await runner.run({
      mode: "script",
      solution: { name: "main.py", source: "a = input()\nb = input()\nprint(int(a) + int(b))\n" },
      stdin: "2\n40\n",
    });
    expect(ok).toMatchObject({ verdict: "accepted", stdout: "42\n", tests: [] });
    const eof = await runner.run({
      mode: "script",
      solution: { name: "main.py", source: "print(input())\nprint(input())\n" },
      stdin: "only\n",
    });
    expect(eof.verdict).toBe("runtime_error");
    expect(eof.stdout).toBe("only\n");
    expect(eof.error?.type).toBe("EOFError");
  });

  it("lets the learner's code import any standard-library module, and still refuses other files", async () => {
    const modules = [
      "statistics",
      "decimal",
      "fractions",
      "datetime",
      "csv",
      "uuid",
      "hashlib",
      "hmac",
      "secrets",
      "html",
      "sqlite3",
      "queue",
      "urllib.parse",
    ];
    const result = await runner.run({
      mode: "script",
      solution: {
        name: "main.py",
        source: `import importlib\nfor name in ${JSON.stringify(modules)}:\n    importlib.import_module(name)\nprint("ok")\nopen("/etc/passwd").read()\n`,
      },
    });
    expect(result.stdout).toBe("ok\n");
    expect(result.error?.type).toBe("PermissionError");
  }, 60_000);

  it.runIf(backend === "native")(
    "runs asyncio programs (an event loop needs a local socket pair)",
    async () => {
      const result = await runner.run({
        mode: "script",
        solution: {
          name: "main.py",
          source:
            "import asyncio\n\nasync def twice(x):\n    await asyncio.sleep(0.01)\n    return 2 * x\n\nasync def main():\n    print(await asyncio.gather(twice(1), twice(2)))\n\nasyncio.run(main())\n",
        },
      });
      expect(result.stdout).toBe("[2, 4]\n");
      expect(result.verdict).toBe("accepted");
      const network = await runner.run({
        mode: "script",
        solution: {
          name: "main.py",
          source: "import socket\nsocket.create_connection(('127.0.0.1', 80))\n",
        },
      });
      expect(network.error?.type).toBe("PermissionError");
    },
  );

  it("does not carry logging configuration from one run to the next", async () => {
    const configure = await runner.run({
      mode: "script",
      solution: {
        name: "main.py",
        source:
          "import logging, sys\nlogging.basicConfig(stream=sys.stdout, level=logging.ERROR, format='first %(message)s')\nlogging.getLogger('app').error('one')\n",
      },
    });
    expect(configure.stdout).toBe("first one\n");
    const next = await runner.run({
      mode: "script",
      solution: {
        name: "main.py",
        source:
          "import logging, sys\nlogging.basicConfig(stream=sys.stdout, level=logging.INFO, format='second %(message)s')\nlogging.getLogger('app').info('two')\n",
      },
    });
    expect(next.stdout).toBe("second two\n");
  });

  it("starts every run from a clean interpreter", async () => {
    const polluter = await runner.run({
      mode: "script",
      solution: {
        name: "main.py",
        source: py`
          import builtins, json, sys
          builtins.len = lambda x: 42
          json.dumps = lambda *a, **k: "patched"
          sys.modules["two_fer"] = type(sys)("two_fer")
          sys.path.insert(0, "/nowhere")
          print("polluted")
        `,
      },
    });
    expect(polluter.verdict).toBe("accepted");
    for (let i = 0; i < 3; i += 1) {
      const clean = await runner.run({
        mode: "script",
        solution: {
          name: "main.py",
          source: py`
            import json, sys
            print(len([1, 2]), json.dumps([1]), "two_fer" in sys.modules, "/nowhere" in sys.path)
          `,
        },
      });
      expect(clean.stdout).toBe("2 [1] False False\n");
    }
  });

  it("refuses a request without tests", async () => {
    await expect(runner.run({ solution: TWO_FER.solution })).rejects.toThrow(
      "tests mode needs at least one test file",
    );
  });
});
