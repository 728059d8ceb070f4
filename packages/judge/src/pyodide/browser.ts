import { PyodidePool, type PyodidePoolOptions, type WorkerHandle } from "./pool.ts";

export interface BrowserRunnerOptions extends PyodidePoolOptions {
  /// python/harness.py as text (a bundler imports it with `?raw`).
  readonly harness: string;
  /// URL of the module worker script (worker-browser.ts as built by the bundler).
  readonly workerUrl: URL | string;
  /// Where our server serves the pyodide package's files; default "/pyodide/".
  readonly indexURL?: string;
}

/// Pyodide in a web page: a pool of module Web Workers. With cross-origin isolation the deadline
/// interrupts Python through a SharedArrayBuffer first; without it the worker is terminated.
export class BrowserPyodideRunner extends PyodidePool {
  constructor(options: BrowserRunnerOptions) {
    const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
    super(
      {
        harness: options.harness,
        indexURL: options.indexURL ?? "/pyodide/",
        sharedMemory: isolated && typeof SharedArrayBuffer === "function",
        spawn: () => spawnWebWorker(options.workerUrl),
      },
      options,
    );
  }
}

function spawnWebWorker(url: URL | string): WorkerHandle {
  const worker = new Worker(url, { type: "module" });
  return {
    postMessage: (message) => {
      worker.postMessage(message);
    },
    onMessage: (listener) => {
      worker.addEventListener("message", (event: MessageEvent<unknown>) => {
        listener(event.data);
      });
    },
    onExit: (listener) => {
      worker.addEventListener("error", (event) => {
        listener(new Error(`the judge worker failed: ${event.message}`));
      });
    },
    terminate: () => {
      worker.terminate();
      return Promise.resolve();
    },
  };
}
