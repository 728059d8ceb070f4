import { harnessEventSchema, type HarnessEvent } from "../events.ts";
import {
  DEFAULT_LIMITS,
  runRequestSchema,
  type JudgeResult,
  type Limits,
  type ParsedRunRequest,
  type PythonRunner,
  type RunRequest,
} from "../schema.ts";
import { foldResult, type RunOutcome } from "../verdict.ts";
import { fromWorkerSchema, type FromWorker } from "./protocol.ts";

/// A judge worker as the pool sees it: a Node worker thread or a browser Web Worker.
export interface WorkerHandle {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /// Called once when the worker stops or fails to start.
  onExit(listener: (error: Error) => void): void;
  terminate(): Promise<void>;
}

export interface PoolEnvironment {
  /// python/harness.py, handed to each worker at start.
  readonly harness: string;
  spawn(): WorkerHandle;
  /// Where the worker loads Pyodide from (browser: a URL); undefined for the package default.
  readonly indexURL?: string;
  /// Whether SharedArrayBuffer is usable (browser pages need cross-origin isolation); without it a
  /// run past its deadline is stopped by terminating its worker.
  readonly sharedMemory: boolean;
}

/// Time between the soft interrupt at the deadline and terminating the worker.
const INTERRUPT_GRACE_MS = 1000;
const STARTUP_ALLOWANCE_MS = 100;

export interface PyodidePoolOptions {
  /// Warm workers kept ready (default 2).
  readonly workers?: number;
  /// Recycle a worker after this many runs (default 50) ...
  readonly maxRunsPerWorker?: number;
  /// ... or when its WebAssembly heap grows past this many MB (default 768).
  readonly maxHeapMb?: number;
  readonly limits?: Partial<Limits>;
}

interface Job {
  readonly id: number;
  readonly request: ParsedRunRequest;
  readonly started: number;
  readonly events: HarnessEvent[];
  forged: string | undefined;
  stdout: string;
  stderr: string;
  stdoutBytes: number;
  stderrBytes: number;
  resolve: (result: JudgeResult) => void;
}

/// A warm worker running Pyodide.
class Slot {
  readonly worker: WorkerHandle;
  readonly interrupt: Int32Array | undefined;
  readonly ready: Promise<string>;
  python = "";
  runs = 0;
  job: Job | undefined;
  dead = false;
  onFinished: ((message: Extract<FromWorker, { type: "finished" }>) => void) | undefined;
  /// Ends the running job now as if its time limit had passed.
  expire: (() => void) | undefined;

  constructor(environment: PoolEnvironment, onUnexpectedExit: (slot: Slot) => void) {
    this.worker = environment.spawn();
    this.interrupt = environment.sharedMemory
      ? new Int32Array(new SharedArrayBuffer(4))
      : undefined;
    let settle: { resolve(v: string): void; reject(e: Error): void } | undefined;
    this.ready = new Promise<string>((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.ready.catch(() => undefined);
    this.worker.onMessage((raw: unknown) => {
      const parsed = fromWorkerSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      switch (message.type) {
        case "ready":
          this.python = message.python;
          settle?.resolve(message.python);
          break;
        case "failed":
          settle?.reject(new Error(message.message));
          break;
        case "event":
          this.accept(message.id, message.json);
          break;
        case "output":
          if (this.job?.id === message.id) {
            if (message.stream === "stdout") this.job.stdout += message.text;
            else this.job.stderr += message.text;
          }
          break;
        case "finished":
          this.onFinished?.(message);
          break;
      }
    });
    this.worker.onExit((error) => {
      settle?.reject(error);
      if (!this.dead) {
        this.dead = true;
        onUnexpectedExit(this);
      }
    });
    this.worker.postMessage({
      type: "init",
      harness: environment.harness,
      ...(environment.indexURL === undefined ? {} : { indexURL: environment.indexURL }),
      ...(this.interrupt === undefined ? {} : { interrupt: this.interrupt }),
    });
  }

  private accept(id: number, json: string): void {
    const job = this.job;
    if (job?.id !== id) return;
    try {
      const event = harnessEventSchema.safeParse(JSON.parse(json));
      if (event.success) job.events.push(event.data);
      else job.forged ??= "a malformed event";
    } catch {
      job.forged ??= "an event that is not JSON";
    }
  }

  async terminate(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }
}

/// Runs Python in Pyodide (CPython compiled to WebAssembly) in a pool of warm workers, in Node or
/// in a browser. Every run gets a fresh folder and a reset interpreter; a run past its deadline is
/// interrupted through a SharedArrayBuffer, then its worker is terminated and replaced.
export class PyodidePool implements PythonRunner {
  readonly backend = "pyodide" as const;
  private readonly environment: PoolEnvironment;
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: {
    request: ParsedRunRequest;
    started: number;
    resolve: (r: JudgeResult) => void;
  }[] = [];
  private readonly limits: Limits;
  private readonly maxRuns: number;
  private readonly maxHeapBytes: number;
  private nextId = 1;
  private closed = false;

  constructor(environment: PoolEnvironment, options: PyodidePoolOptions = {}) {
    this.environment = environment;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.maxRuns = options.maxRunsPerWorker ?? 50;
    this.maxHeapBytes = (options.maxHeapMb ?? 768) * 1024 * 1024;
    const size = Math.max(1, options.workers ?? 2);
    for (let i = 0; i < size; i += 1) this.spawn();
  }

  /// Resolves with the Python version once one worker is warm.
  async ready(): Promise<string> {
    return Promise.any(this.slots.map((s) => s.ready));
  }

  /// Resolves once every worker of the pool is warm (replacements included).
  async warm(): Promise<void> {
    for (;;) {
      const pending = this.slots.filter((s) => !s.dead);
      await Promise.allSettled(pending.map((s) => s.ready));
      if (this.slots.every((s) => pending.includes(s))) return;
    }
  }

  async run(request: RunRequest): Promise<JudgeResult> {
    if (this.closed) throw new Error("PyodideRunner is closed");
    const parsed = runRequestSchema.parse(request);
    return new Promise((resolve) => {
      this.waiting.push({ request: parsed, started: performance.now(), resolve });
      this.dispatch();
    });
  }

  /// Stops every run in progress now (a learner's Stop button): Python is interrupted, the worker
  /// replaced if it does not yield, and each run ends as time_limit_exceeded.
  stop(): void {
    for (const slot of this.slots) slot.expire?.();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.terminate()));
    this.slots.length = 0;
    this.idle.length = 0;
  }

  private spawn(): void {
    const slot = new Slot(this.environment, (s) => {
      this.replace(s);
    });
    this.slots.push(slot);
    slot.ready.then(
      () => {
        if (slot.dead) return;
        this.idle.push(slot);
        this.dispatch();
      },
      () => {
        // A worker that cannot start Python fails the runs waiting for it.
        if (this.slots.every((s) => s.dead || s === slot)) {
          for (const w of this.waiting.splice(0)) {
            w.resolve(this.failure(w.started, "Pyodide could not start"));
          }
        }
      },
    );
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const idleIndex = this.idle.indexOf(slot);
    if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
    if (!slot.dead) void slot.terminate();
    if (!this.closed) this.spawn();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const slot = this.idle.shift();
      const next = this.waiting.shift();
      if (slot === undefined || next === undefined) break;
      this.start(slot, next.request, next.started, next.resolve);
    }
  }

  private start(
    slot: Slot,
    request: ParsedRunRequest,
    started: number,
    resolve: (r: JudgeResult) => void,
  ): void {
    const job: Job = {
      id: this.nextId++,
      request,
      started,
      events: [],
      forged: undefined,
      stdout: "",
      stderr: "",
      stdoutBytes: 0,
      stderrBytes: 0,
      resolve,
    };
    slot.job = job;
    slot.runs += 1;
    let outcome: RunOutcome | undefined;
    let hardTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (
      final: RunOutcome,
      reusable: boolean,
      heapBytes: number,
      largestFileBytes: number,
    ) => {
      clearTimeout(softTimer);
      slot.expire = undefined;
      if (hardTimer !== undefined) clearTimeout(hardTimer);
      slot.onFinished = undefined;
      slot.job = undefined;
      let result = final;
      if (result.kind === "finished" && heapBytes > this.limits.memoryMb * 1024 * 1024) {
        result = {
          kind: "memory",
          detail: `the run used more than ${this.limits.memoryMb} MB of memory`,
        };
      }
      if (result.kind === "finished" && largestFileBytes > this.limits.fileSizeMb * 1024 * 1024) {
        result = { kind: "output_limit", limitBytes: this.limits.fileSizeMb * 1024 * 1024 };
      }
      resolve(this.fold(job, result));
      if (!reusable || slot.runs >= this.maxRuns || heapBytes > this.maxHeapBytes)
        this.replace(slot);
      else {
        this.idle.push(slot);
        this.dispatch();
      }
    };
    const expire = () => {
      clearTimeout(softTimer);
      slot.expire = undefined;
      outcome = { kind: "timeout", limitMs: request.timeLimitMs };
      if (slot.interrupt !== undefined) Atomics.store(slot.interrupt, 0, 2);
      hardTimer = setTimeout(
        () => {
          // The program swallowed the interrupt: the worker goes, a fresh one takes its place.
          slot.onFinished = undefined;
          slot.job = undefined;
          resolve(this.fold(job, outcome ?? { kind: "timeout", limitMs: request.timeLimitMs }));
          this.replace(slot);
        },
        slot.interrupt === undefined ? 0 : INTERRUPT_GRACE_MS,
      );
    };
    const softTimer = setTimeout(expire, request.timeLimitMs + STARTUP_ALLOWANCE_MS);
    slot.expire = expire;
    slot.onFinished = (message) => {
      const final: RunOutcome =
        outcome ??
        (message.outputLimit
          ? { kind: "output_limit", limitBytes: this.limits.maxOutputBytes }
          : message.fatal !== undefined
            ? { kind: "crashed", detail: message.fatal }
            : { kind: "finished" });
      finish(final, message.reusable, message.heapBytes, message.largestFileBytes);
    };
    slot.worker.postMessage({ type: "run", id: job.id, request });
  }

  private fold(job: Job, outcome: RunOutcome): JudgeResult {
    return foldResult({
      events: job.events,
      forged: job.forged,
      outcome,
      stdout: job.stdout,
      stderr: job.stderr,
      stdoutTruncated: job.stdout.includes("\n… [cut: output past"),
      stderrTruncated: job.stderr.includes("\n… [cut: output past"),
      timeMs: performance.now() - job.started,
      backend: "pyodide",
    });
  }

  private failure(started: number, detail: string): JudgeResult {
    return foldResult({
      events: [],
      forged: undefined,
      outcome: { kind: "internal", detail },
      stdout: "",
      stderr: "",
      stdoutTruncated: false,
      stderrTruncated: false,
      timeMs: performance.now() - started,
      backend: "pyodide",
    });
  }
}
