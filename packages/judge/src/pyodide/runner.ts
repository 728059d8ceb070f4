import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { HARNESS_PATH } from "../native/runner.ts";
import { PyodidePool, type PyodidePoolOptions, type WorkerHandle } from "./pool.ts";

const WORKER_URL = new URL("./worker-node.mjs", import.meta.url);

export type PyodideRunnerOptions = PyodidePoolOptions;

/// Pyodide in Node: a pool of warm worker threads (one per core by default) loading the npm
/// package's own files; nothing is fetched.
export class PyodideRunner extends PyodidePool {
  constructor(options: PyodideRunnerOptions = {}) {
    super(
      {
        harness: readFileSync(HARNESS_PATH, "utf8"),
        sharedMemory: true,
        spawn: spawnThread,
      },
      { ...options, workers: options.workers ?? availableParallelism() },
    );
  }
}

function spawnThread(): WorkerHandle {
  const worker = new Worker(WORKER_URL);
  return {
    postMessage: (message) => {
      worker.postMessage(message);
    },
    onMessage: (listener) => {
      worker.on("message", listener);
    },
    onExit: (listener) => {
      let told = false;
      const tell = (error: Error) => {
        if (told) return;
        told = true;
        listener(error);
      };
      worker.on("error", tell);
      worker.on("exit", (code) => {
        tell(new Error(`the judge worker exited (${String(code)})`));
      });
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}
