export { PyodideRunner } from "./runner.ts";
export type { PyodideRunnerOptions } from "./runner.ts";
export { PyodidePool } from "./pool.ts";
export type { PoolEnvironment, PyodidePoolOptions, WorkerHandle } from "./pool.ts";
