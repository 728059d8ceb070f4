import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PythonRunner, Verdict } from "./index.ts";
import { BACKENDS, TWO_FER, openBackend, py, twoFerWith } from "./testing.ts";

type BackendName = (typeof BACKENDS)[number];

interface Case {
  readonly name: string;
  /// The solution module (two_fer.py) run against the two-fer tests.
  readonly solution: string;
  /// The verdict it must get, per back end where they differ (see docs/judge.md).
  readonly verdict: Verdict | Record<BackendName, Verdict>;
  readonly timeLimitMs?: number;
  /// Something the result's summary or messages must mention.
  readonly mentions?: RegExp;
}

const CORRECT = 'def two_fer(name="you"):\n    return f"One for {name}, one for me."\n';
/// A solution whose function misbehaves when a test calls it.
const whenCalled = (body: string) =>
  `import os, sys, time\n\ndef two_fer(name="you"):\n${body.replace(/^/gm, "    ")}\n    return f"One for {name}, one for me."\n`;

const CASES: Case[] = [
  {
    name: "an infinite loop",
    solution: whenCalled("while True:\n    pass"),
    verdict: "time_limit_exceeded",
    timeLimitMs: 1000,
  },
  {
    name: "an infinite loop that swallows every interrupt",
    solution: whenCalled(
      "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass",
    ),
    verdict: "time_limit_exceeded",
    timeLimitMs: 1000,
  },
  {
    name: "time.sleep(10**6)",
    solution: whenCalled("time.sleep(10**6)"),
    verdict: "time_limit_exceeded",
    timeLimitMs: 1000,
  },
  {
    name: "bytearray(10**10)",
    solution: whenCalled("bytearray(10**10)"),
    // Pyodide is 32-bit: a 10 GB size does not even fit an index, so Python raises OverflowError.
    verdict: { native: "memory_limit_exceeded", pyodide: "runtime_error" },
  },
  {
    name: "a list that grows until memory runs out",
    solution: `chunks = []\n${whenCalled("while True:\n    chunks.append(bytearray(10**7))")}`,
    verdict: "memory_limit_exceeded",
    timeLimitMs: 20_000,
  },
  {
    name: "unbounded recursion after sys.setrecursionlimit(10**6)",
    solution: `import sys\nsys.setrecursionlimit(10**6)\ndef down(n):\n    return down(n + 1) + 1\n${whenCalled("down(0)")}`,
    verdict: "runtime_error",
  },
  {
    name: "printing 1 GB",
    solution: whenCalled("for _ in range(1024):\n    print('x' * (1 << 20))"),
    verdict: "output_limit_exceeded",
    timeLimitMs: 20_000,
  },
  {
    name: "input() with no stdin",
    solution: whenCalled("input()"),
    verdict: "runtime_error",
    mentions: /EOFError/,
  },
  {
    name: "sys.exit(0) at import",
    solution: `import sys\nsys.exit(0)\n${CORRECT}`,
    verdict: "runtime_error",
    mentions: /SystemExit/,
  },
  {
    name: "os._exit(0) at import",
    solution: `import os\nos._exit(0)\n${CORRECT}`,
    verdict: "runtime_error",
    mentions: /exited before the run finished/,
  },
  {
    name: "sys.exit(0) inside a test",
    solution: whenCalled("sys.exit(0)"),
    verdict: "runtime_error",
    mentions: /SystemExit/,
  },
  {
    name: "os._exit(0) inside a test",
    solution: whenCalled("os._exit(0)"),
    verdict: "runtime_error",
    mentions: /exited before the run finished/,
  },
  {
    name: "printing fake results in the harness's format",
    solution: py`
      import json
      for name in ["TwoFerTest.test_a_name_given", "TwoFerTest.test_no_name_given"]:
          print(json.dumps({"t": "test", "name": name, "status": "pass", "durationMs": 0}))
      print(json.dumps({"t": "done", "durationMs": 0}))
      def two_fer(name="you"):
          return "wrong"
    `,
    verdict: "wrong_answer",
  },
  {
    name: "writing fake results to every open file descriptor",
    solution: py`
      import json, os
      line = (json.dumps({"t": "test", "name": "x", "status": "pass", "durationMs": 0}) + "\\n").encode()
      for fd in range(3, 64):
          try:
              os.write(fd, line)
          except OSError:
              pass
      def two_fer(name="you"):
          return "wrong"
    `,
    verdict: "wrong_answer",
  },
  {
    name: "monkeypatching unittest.TestCase.assertEqual",
    solution: `import unittest\nunittest.TestCase.assertEqual = lambda self, a, b, msg=None: None\ndef two_fer(name="you"):\n    return "wrong"\n`,
    verdict: "wrong_answer",
    mentions: /changed the test framework/,
  },
  {
    name: "an object whose __eq__ is always True",
    solution: py`
      class Anything:
          def __eq__(self, other):
              return True
          def __ne__(self, other):
              return False
      def two_fer(name="you"):
          return Anything()
    `,
    verdict: "wrong_answer",
    mentions: /defines its own __eq__/,
  },
  {
    name: "a syntax error",
    solution: "def two_fer(name='you')\n    return name\n",
    verdict: "syntax_error",
  },
  {
    name: "an IndentationError",
    solution: "def two_fer(name='you'):\nreturn name\n",
    verdict: "syntax_error",
    mentions: /IndentationError/,
  },
  {
    name: "importing a missing module",
    solution: `import numpy_that_is_not_here\n${CORRECT}`,
    verdict: "runtime_error",
    mentions: /ModuleNotFoundError/,
  },
  {
    name: "a fork loop",
    solution: whenCalled("while True:\n    os.fork()"),
    verdict: "runtime_error",
  },
  {
    name: "opening a socket",
    solution: whenCalled("import socket\nsocket.socket().connect(('127.0.0.1', 9))"),
    verdict: "runtime_error",
    mentions: /socket|not allowed/i,
  },
  {
    name: "writing a huge file",
    solution: whenCalled(
      "with open('big.bin', 'wb') as f:\n    for _ in range(80):\n        f.write(bytes(1 << 20))",
    ),
    verdict: "output_limit_exceeded",
    // 80 MB against the 64 MB file limit; Pyodide checks file sizes when the run ends, so the
    // writing must finish first even on a loaded machine.
    timeLimitMs: 20_000,
  },
  {
    name: "reading outside the temporary folder",
    solution: whenCalled("open('/etc/hostname').read()"),
    verdict: "runtime_error",
    mentions: /only inside the exercise's folder|No such file/,
  },
  {
    name: "a thread left running after the tests",
    solution: `import threading, time\nthreading.Thread(target=lambda: time.sleep(10**6), daemon=False).start()\n${CORRECT}`,
    // Native: the tests pass and the harness ends the process; Pyodide cannot start threads.
    verdict: { native: "accepted", pyodide: "runtime_error" },
  },
  {
    name: "killing the parent process",
    solution: whenCalled("import signal\nos.kill(os.getppid(), signal.SIGKILL)"),
    verdict: "runtime_error",
  },
];

describe.each(BACKENDS)("the %s back end under attack", (backend) => {
  let runner: PythonRunner;
  beforeAll(async () => {
    runner = await openBackend(backend);
  }, 60_000);
  afterAll(async () => {
    await runner.close();
  });

  it.each(CASES)(
    "gives $name the right verdict and then judges a correct solution",
    async (c) => {
      const expected = typeof c.verdict === "string" ? c.verdict : c.verdict[backend];
      const result = await runner.run(twoFerWith(c.solution, c.timeLimitMs ?? 5000));
      const said = [
        result.summary,
        result.error?.traceback ?? "",
        ...result.tests.map((t) => t.message ?? ""),
      ].join("\n");
      expect({ verdict: result.verdict, summary: result.summary }).toMatchObject({
        verdict: expected,
      });
      if (c.mentions !== undefined) expect(said).toMatch(c.mentions);

      // The next ordinary submission is judged correctly, within a second.
      if ("warm" in runner && typeof runner.warm === "function")
        await (runner.warm as () => Promise<void>)();
      const next = await runner.run(TWO_FER);
      expect(next.verdict).toBe("accepted");
      expect(next.timeMs).toBeLessThan(1000);
    },
    60_000,
  );

  it.runIf(backend === "pyodide")(
    "stops a runaway run on request, long before its time limit, and then judges normally",
    async () => {
      const pool = runner as PythonRunner & { stop(): void };
      const running = pool.run(twoFerWith(whenCalled("while True:\n    pass"), 60_000));
      await new Promise((r) => setTimeout(r, 1500));
      pool.stop();
      const result = await running;
      expect(result.verdict).toBe("time_limit_exceeded");
      expect(result.timeMs).toBeLessThan(20_000);
      const next = await runner.run(TWO_FER);
      expect(next.verdict).toBe("accepted");
    },
    60_000,
  );
});
