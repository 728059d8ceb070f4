import type { PythonRunner } from "@pyprep/judge";
import { findPython, NativeRunner } from "@pyprep/judge/native";
import { PyodideRunner } from "@pyprep/judge/pyodide";
import { UsageError, type Io } from "./io.ts";
import { withSpinner } from "./term.ts";

export type BackendChoice = "native" | "pyodide";

/// The one place the CLI chooses a Python back end: native when asked or when python3 >= 3.10 is
/// on PATH, else Pyodide (with a note on stderr).
export async function openRunner(
  io: Io,
  choice: BackendChoice | undefined,
  workers = 1,
): Promise<PythonRunner> {
  if (choice !== "pyodide") {
    const python = findPython();
    if (python !== undefined)
      return new NativeRunner({ python, concurrency: Math.max(2, workers) });
    if (choice === "native")
      throw new UsageError("--backend native needs python3 >= 3.10 on PATH; none was found");
    io.err("note: no python3 >= 3.10 found; running Python in Pyodide (WebAssembly)\n");
  }
  const runner = new PyodideRunner({ workers });
  await withSpinner(io, "Loading Python (Pyodide)", () => runner.ready());
  return runner;
}
