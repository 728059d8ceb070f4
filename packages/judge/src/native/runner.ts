import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { harnessEventSchema, type HarnessEvent } from "../events.ts";
import {
  DEFAULT_LIMITS,
  runRequestSchema,
  type JudgeResult,
  type Limits,
  type PythonRunner,
  type RunRequest,
} from "../schema.ts";
import { foldResult, type RunOutcome } from "../verdict.ts";
import { CappedText } from "./capped.ts";
import { Queue } from "./queue.ts";

export const HARNESS_PATH = fileURLToPath(new URL("../../python/harness.py", import.meta.url));

/// Time Python gets to start before the test time limit begins to count.
const STARTUP_ALLOWANCE_MS = 300;

export interface PythonInfo {
  readonly command: string;
  readonly version: string;
}

/// The first of `candidates` that is CPython ≥ 3.10, or undefined.
export function findPython(
  candidates: readonly string[] = ["python3", "python"],
): PythonInfo | undefined {
  for (const command of candidates) {
    const probe = spawnSync(
      command,
      ["-I", "-S", "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
      {
        encoding: "utf8",
        timeout: 10_000,
      },
    );
    if (probe.status !== 0 || typeof probe.stdout !== "string") continue;
    const version = probe.stdout.trim();
    const [major = 0, minor = 0] = version.split(".").map(Number);
    if (major > 3 || (major === 3 && minor >= 10)) return { command, version };
  }
  return undefined;
}

/// Whether `unshare -rn` can give a run its own, empty network namespace here.
function networkIsolation(): boolean {
  const probe = spawnSync("unshare", ["-rn", "true"], { timeout: 5_000 });
  return probe.status === 0;
}

export interface NativeRunnerOptions {
  /// CPython to use; default: the first python3/python ≥ 3.10 on PATH.
  readonly python?: PythonInfo;
  /// Runs at once; default: the number of cores.
  readonly concurrency?: number;
  readonly limits?: Partial<Limits>;
  /// Cut the network with `unshare -rn` where it works (default: when available).
  readonly isolateNetwork?: boolean;
}

/// Runs Python in a local `python3` subprocess per run: isolated mode, a fresh temporary folder,
/// a clean environment, OS limits on memory, CPU, file size and core dumps, no network where
/// `unshare` allows, the whole process group killed at the deadline. Hygiene for the learner's own
/// code on their own machine, not a security boundary (docs/judge.md).
export class NativeRunner implements PythonRunner {
  readonly backend = "native" as const;
  readonly python: PythonInfo;
  readonly isolatesNetwork: boolean;
  private readonly limits: Limits;
  private readonly queue: Queue;
  private readonly running = new Set<number>();
  private closed = false;

  constructor(options: NativeRunnerOptions = {}) {
    const python = options.python ?? findPython();
    if (python === undefined) throw new PythonNotFoundError();
    this.python = python;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.queue = new Queue(options.concurrency ?? availableParallelism());
    this.isolatesNetwork = options.isolateNetwork ?? networkIsolation();
  }

  async run(request: RunRequest): Promise<JudgeResult> {
    if (this.closed) throw new Error("NativeRunner is closed");
    const parsed = runRequestSchema.parse(request);
    return this.queue.add(() => this.runNow(parsed));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pid of this.running) killGroup(pid);
    await this.queue.idle();
  }

  private runNow(request: ReturnType<typeof runRequestSchema.parse>): Promise<JudgeResult> {
    const started = performance.now();
    const workdir = mkdtempSync(join(tmpdir(), "pyprep-run-"));
    const token = randomBytes(18).toString("base64url");
    for (const file of [...request.files, ...request.tests, request.solution]) {
      writeFileSync(join(workdir, file.name), file.source);
    }
    const configPath = join(workdir, `.pyprep-config-${token}.json`);
    writeFileSync(
      configPath,
      JSON.stringify({
        token,
        mode: request.mode,
        workdir,
        solution: request.solution.name,
        tests: request.tests.map((t) => t.name),
        limits: {
          memoryMb: this.limits.memoryMb,
          cpuSeconds: Math.ceil(request.timeLimitMs / 1000) + 1,
          fileSizeMb: this.limits.fileSizeMb,
        },
      }),
    );
    const command = [this.python.command, "-I", "-S", "-B", "-X", "utf8", HARNESS_PATH, configPath];
    const argv = this.isolatesNetwork ? ["unshare", "-rn", ...command] : command;
    const child = spawn(argv[0] ?? "", argv.slice(1), {
      cwd: workdir,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        LANG: "C.UTF-8",
        HOME: workdir,
        TMPDIR: workdir,
      },
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined) this.running.add(pid);

    const stdout = new CappedText(this.limits.keepOutputBytes);
    const stderr = new CappedText(this.limits.keepOutputBytes);
    const events: HarnessEvent[] = [];
    let forged: string | undefined;
    let channelRest = "";
    let stopped: RunOutcome | undefined;
    const stop = (outcome: RunOutcome) => {
      stopped ??= outcome;
      if (pid !== undefined) killGroup(pid);
    };
    const onOutput = (target: CappedText) => (chunk: Buffer) => {
      target.push(chunk);
      if (stdout.total + stderr.total > this.limits.maxOutputBytes) {
        stop({ kind: "output_limit", limitBytes: this.limits.maxOutputBytes });
      }
    };
    child.stdout.on("data", onOutput(stdout));
    child.stderr.on("data", onOutput(stderr));
    const channel = child.stdio[3];
    const prefix = `${token} `;
    channel?.on("data", (chunk: Buffer) => {
      channelRest += chunk.toString("utf8");
      if (channelRest.length > 16 * 1024 * 1024) {
        forged ??= "more than 16 MB of results";
        stop({ kind: "output_limit", limitBytes: 16 * 1024 * 1024 });
        return;
      }
      let newline = channelRest.indexOf("\n");
      while (newline >= 0) {
        const line = channelRest.slice(0, newline);
        channelRest = channelRest.slice(newline + 1);
        newline = channelRest.indexOf("\n");
        if (!line.startsWith(prefix)) {
          forged ??= "a line the harness did not write";
          continue;
        }
        try {
          const event = harnessEventSchema.safeParse(JSON.parse(line.slice(prefix.length)));
          if (event.success) events.push(event.data);
          else forged ??= "a malformed event";
        } catch {
          forged ??= "a line that is not JSON";
        }
      }
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(request.stdin);
    const timer = setTimeout(() => {
      stop({ kind: "timeout", limitMs: request.timeLimitMs });
    }, request.timeLimitMs + STARTUP_ALLOWANCE_MS);

    return new Promise<JudgeResult>((resolve) => {
      let spawnError: Error | undefined;
      child.on("error", (error) => {
        spawnError = error;
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (pid !== undefined) {
          killGroup(pid); // threads or children the program left behind
          this.running.delete(pid);
        }
        rmSync(workdir, { recursive: true, force: true });
        let outcome: RunOutcome;
        if (stopped !== undefined) outcome = stopped;
        else if (spawnError !== undefined)
          outcome = { kind: "internal", detail: `could not start Python: ${spawnError.message}` };
        else if (signal === "SIGXCPU") outcome = { kind: "timeout", limitMs: request.timeLimitMs };
        else if (signal === "SIGKILL")
          outcome = { kind: "memory", detail: "the process was killed (out of memory?)" };
        else if (signal !== null) outcome = { kind: "crashed", detail: `killed by ${signal}` };
        else if (code !== 0) outcome = { kind: "crashed", detail: `exit status ${String(code)}` };
        else outcome = { kind: "finished" };
        resolve(
          foldResult({
            events,
            forged,
            outcome,
            stdout: stdout.text(),
            stderr: stderr.text(),
            stdoutTruncated: stdout.truncated,
            stderrTruncated: stderr.truncated,
            timeMs: performance.now() - started,
            backend: "native",
          }),
        );
      });
    });
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/// No CPython ≥ 3.10 on PATH: callers fall back to Pyodide.
export class PythonNotFoundError extends Error {
  override readonly name = "PythonNotFoundError";
  constructor() {
    super("no python3 >= 3.10 found on PATH");
  }
}
