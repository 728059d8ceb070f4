import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findingsSchema, type Finding } from "../analysis.ts";
import type { PythonInfo } from "./runner.ts";

/// python/analyzer.py: standard library only, so it runs as is on CPython 3.10+ and in Pyodide.
export const ANALYZER_PATH = fileURLToPath(new URL("../../python/analyzer.py", import.meta.url));

/// Runs python/analyzer.py with a local CPython on the Python file at `path` and resolves to its
/// findings, sorted by line. A file Python cannot parse gives one `syntax-error` finding; an
/// unreadable file, a crash or a timeout rejects.
export function analyzeFile(
  python: PythonInfo,
  path: string,
  timeoutMs = 30_000,
): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    execFile(
      python.command,
      ["-I", "-S", "-B", "-X", "utf8", ANALYZER_PATH, path],
      { encoding: "utf8", timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null) {
          const detail = stderr.trim() === "" ? error.message : stderr.trim();
          reject(new Error(`the analyzer failed on ${path}: ${detail}`));
          return;
        }
        try {
          resolve(findingsSchema.parse(JSON.parse(stdout)));
        } catch (parseError) {
          reject(new Error(`the analyzer printed something unexpected: ${String(parseError)}`));
        }
      },
    );
  });
}

/// python/complexity.py: the growth-class estimate, run in script mode by either back end.
export const COMPLEXITY_PATH = fileURLToPath(
  new URL("../../python/complexity.py", import.meta.url),
);

/// The text of python/complexity.py, for `estimateComplexity`.
export function complexityScript(): string {
  return readFileSync(COMPLEXITY_PATH, "utf8");
}
