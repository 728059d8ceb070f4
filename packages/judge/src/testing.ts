import type { PythonRunner, RunRequest } from "./index.ts";

/// The back ends every behaviour test runs on. Pyodide pools are kept small: each worker loads
/// its own interpreter.
export const BACKENDS = ["native", "pyodide"] as const;

export async function openBackend(
  backend: (typeof BACKENDS)[number],
  workers = 2,
): Promise<PythonRunner> {
  if (backend === "native") {
    const { NativeRunner } = await import("./native/index.ts");
    return new NativeRunner({ concurrency: workers });
  }
  const { PyodideRunner } = await import("./pyodide/index.ts");
  const runner = new PyodideRunner({ workers });
  await runner.warm();
  return runner;
}

export const py = (strings: TemplateStringsArray, ...values: unknown[]): string => {
  const text = String.raw({ raw: strings }, ...values);
  const lines = text.replace(/^\n/, "").split("\n");
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  return lines.map((l) => l.slice(indent)).join("\n");
};

/// A two-fer exercise: a correct solution and its tests, to check that a runner still judges
/// correctly after something went wrong.
export const TWO_FER: RunRequest = {
  solution: {
    name: "two_fer.py",
    source: py`
      def two_fer(name="you"):
          return f"One for {name}, one for me."
    `,
  },
  tests: [
    {
      name: "two_fer_test.py",
      source: py`
        import unittest
        from two_fer import two_fer

        class TwoFerTest(unittest.TestCase):
            def test_no_name_given(self):
                self.assertEqual(two_fer(), "One for you, one for me.")

            def test_a_name_given(self):
                self.assertEqual(two_fer("Alice"), "One for Alice, one for me.")
      `,
    },
  ],
  timeLimitMs: 5000,
};

/// TWO_FER's tests against another solution.
export const twoFerWith = (source: string, timeLimitMs = 5000): RunRequest => ({
  ...TWO_FER,
  solution: { name: "two_fer.py", source },
  timeLimitMs,
});
