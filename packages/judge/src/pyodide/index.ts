export { PyodideRunner } from "./runner.ts";
export type { PyodideRunnerOptions } from "./runner.ts";
