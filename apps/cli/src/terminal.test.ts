// The interactive commands in a real pseudo-terminal (util-linux `script`), typed at like a learner
// would; then the store and the web app's API show what was done.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { afterEach, describe, expect, it } from "vitest";
import { startServe } from "../../../scripts/serve-process.ts";
import { captureIo } from "./testing.ts";
import { paint } from "./term.ts";

const BIN = fileURLToPath(new URL("../bin/pyprep.js", import.meta.url));
const SCRIPT = "/usr/bin/script";
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");
const strip = (s: string) => s.replace(ESCAPE, "").replace(/\r/g, "");

/// A command in a pseudo-terminal: `expect` waits for text on the screen, `type` sends keys.
function terminal(args: string[], env: Record<string, string>) {
  const quoted = [process.execPath, BIN, ...args]
    .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
    .join(" ");
  // `exec` puts pyprep itself in the shell's place: `script` runs its command through $SHELL, and
  // dash (what /bin/sh is when SHELL is unset) would otherwise wait in the foreground and die of
  // the Ctrl-C meant for pyprep, ending the session with status 130.
  const child = spawn(SCRIPT, ["-qfec", `exec ${quoted}`, "/dev/null"], {
    env: { ...process.env, ...env },
  });
  children.push(child);
  let screen = "";
  let seen = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    screen: () => strip(screen),
    /// Resolves when `pattern` shows up after the last match.
    expect: async (pattern: RegExp, timeoutMs = 30_000) => {
      const started = Date.now();
      for (;;) {
        const rest = strip(screen).slice(seen);
        const match = pattern.exec(rest);
        if (match !== null) {
          seen += match.index + match[0].length;
          return match[0];
        }
        if (Date.now() - started > timeoutMs)
          throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${strip(screen)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    type: (text: string) => {
      child.stdin.write(text);
    },
    exited,
  };
}

describe.skipIf(!existsSync(SCRIPT))("pyprep in a terminal", () => {
  it("reviews and runs a mock interview as typed, and the web app's API shows the same progress", async () => {
    const base = mkdtempSync(join(tmpdir(), "pyprep-pty-"));
    const env = {
      PYPREP_HOME: join(base, "data"),
      PYPREP_WORKSPACE: join(base, "ws"),
      NO_COLOR: "1",
    };
    const set = terminal(["settings", "set", "interviewDate", "2027-03-01"], env);
    expect(await set.exited).toBe(0);

    const review = terminal(["review", "--limit", "2"], env);
    await review.expect(/Today: \d+ items/);
    const header = await review.expect(/── 1\/\d+ ·/);
    const count = Number(/1\/(\d+)/.exec(header)?.[1]);
    for (let i = 0; i < count; i += 1) {
      const kind = await review.expect(
        /Your choices? \([^)]*\): |What does it print\?[^\n]*\n|Your answer \(finish[^\n]*\n/,
      );
      review.type(kind.startsWith("Your choice") ? "A\n" : "something I remember\n\n");
      await review.expect(/Score \d+%/);
      await review.expect(/Model answer/);
      await review.expect(/Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy \[Enter = \d \w+\]: /);
      review.type(i === 0 ? "3\n" : "\n");
      await review.expect(/Next review: \d{4}-\d{2}-\d{2}/);
    }
    await review.expect(new RegExp(`${count} reviewed\\.`));
    expect(await review.exited).toBe(0);

    const mock = terminal(["mock", "--minutes", "8", "--mix", "concept=1", "--seed", "7"], env);
    await mock.expect(/Mock interview: 2 questions, 8 minutes, junior/);
    for (const n of [1, 2]) {
      await mock.expect(new RegExp(`Question ${n} of 2 · \\d+:\\d\\d left`));
      await mock.expect(/Your answer \(finish with an empty line or Ctrl-D\):/);
      mock.type("An answer with an example and the trade-offs.\n\n");
    }
    await mock.expect(/Report: \d+% in \d+:\d\d/);
    expect(await mock.exited).toBe(0);

    const store = await openSqliteStore(join(env.PYPREP_HOME, "pyprep.db"));
    const reviews = await store.reviews("local");
    const mocks = await store.mocks("local");
    await store.close();
    expect(reviews.length).toBeGreaterThanOrEqual(1);
    expect(reviews[0]?.rating).toBe(3);
    expect(mocks).toHaveLength(1);
    expect(mocks[0]?.report).toMatchObject({ questions: [{}, {}] });

    // The web app reads the same data directory.
    const server = await startServe(["--data", env.PYPREP_HOME], { PYPREP_LOG: "0" });
    try {
      const auth = { authorization: `Bearer ${server.token ?? ""}` };
      const progress = (await (
        await fetch(`${server.base}/api/progress`, { headers: auth })
      ).json()) as { studied: number };
      expect(progress.studied).toBe(reviews.length);
      const past = (await (
        await fetch(`${server.base}/api/mocks`, { headers: auth })
      ).json()) as unknown[];
      expect(past).toHaveLength(1);
    } finally {
      server.child.kill("SIGTERM");
    }
  }, 120_000);

  it("re-runs the check when the solution is saved, until Ctrl-C", async () => {
    const base = mkdtempSync(join(tmpdir(), "pyprep-watch-"));
    const env = {
      PYPREP_HOME: join(base, "data"),
      PYPREP_WORKSPACE: join(base, "ws"),
      NO_COLOR: "1",
    };
    expect(await terminal(["exercise", "start", "reverse-string"], env).exited).toBe(0);
    const dir = join(env.PYPREP_WORKSPACE, "reverse-string");
    const watch = terminal(["check", dir, "--watch", "--backend", "native"], env);
    await watch.expect(/wrong answer|runtime error/);
    await watch.expect(/Watching .*reverse_string\.py; Ctrl-C stops\./);
    writeFileSync(join(dir, "reverse_string.py"), "def reverse(text):\n    return text[::-1]\n");
    await watch.expect(/accepted: \d+ of \d+ tests passed/);
    watch.type("\u0003");
    expect({ status: await watch.exited, screen: watch.screen() }).toMatchObject({ status: 0 });
  }, 90_000);
});

describe("colours", () => {
  it("are used on a terminal only, and never with NO_COLOR", () => {
    const tty = { ...captureIo(), isTty: true };
    expect(paint(tty).green("ok")).toBe("\u001b[32mok\u001b[39m");
    expect(paint({ ...tty, env: { NO_COLOR: "1" } }).green("ok")).toBe("ok");
    expect(paint(captureIo()).green("ok")).toBe("ok");
  });
});
