import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../apps/cli/bin/pyprep.js", import.meta.url));

export interface ServeProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /// `http://host:port` the server printed.
  readonly base: string;
  /// The local-mode token it printed (undefined in multi-user mode).
  readonly token: string | undefined;
}

/// Starts `pyprep serve --port 0 …args` as its own process and resolves once it prints its URL.
export function startServe(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", ...args], {
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const base = /serving (http:\/\/\S+)/.exec(out)?.[1];
      const local = /Open \S+\?token=(\S+)/.exec(out)?.[1];
      if (base !== undefined && (local !== undefined || /Sign up:/.test(out)))
        resolve({ child, base, token: local });
    });
    child.on("exit", (code) => {
      reject(new Error(`pyprep serve exited (${String(code)}) before it was ready: ${out}`));
    });
  });
}
