export { HARNESS_PATH, NativeRunner, PythonNotFoundError, findPython } from "./runner.ts";
export type { NativeRunnerOptions, PythonInfo } from "./runner.ts";
export { ANALYZER_PATH, COMPLEXITY_PATH, complexityScript } from "./analyzer.ts";
