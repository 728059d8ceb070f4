import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/// python/analyzer.py: standard library only, so it runs as is on CPython 3.10+ and in Pyodide
/// (`analyzeSource` runs it in script mode on either back end).
export const ANALYZER_PATH = fileURLToPath(new URL("../../python/analyzer.py", import.meta.url));

/// python/complexity.py: the growth-class estimate, run in script mode by either back end.
export const COMPLEXITY_PATH = fileURLToPath(
  new URL("../../python/complexity.py", import.meta.url),
);

/// The text of python/complexity.py, for `estimateComplexity`.
export function complexityScript(): string {
  return readFileSync(COMPLEXITY_PATH, "utf8");
}
