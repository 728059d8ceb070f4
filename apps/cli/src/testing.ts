import type { Io } from "./io.ts";

/// An Io that records what a command prints, for tests.
export function captureIo(
  cwd: string = process.cwd(),
): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    cwd,
    env: {},
    isTty: false,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    stdout: () => out,
    stderr: () => err,
  };
}
