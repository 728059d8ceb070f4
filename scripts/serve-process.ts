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

/// Creates an account on a multi-user server and returns the headers its requests then need:
/// the session cookie, the CSRF token and the JSON content type.
export async function signUp(
  base: string,
  name: string,
  password: string,
): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  if (response.status !== 201)
    throw new Error(`sign-up of ${name} failed: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrf } = (await response.json()) as { csrf: string };
  return { cookie, "x-csrf-token": csrf, "content-type": "application/json" };
}
