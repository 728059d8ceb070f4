export { main } from "./main.ts";
export { EXIT, UsageError } from "./io.ts";
export type { ExitCode, Io } from "./io.ts";
