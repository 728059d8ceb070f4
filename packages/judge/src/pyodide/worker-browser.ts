/// <reference lib="webworker" />
import type { PyodideAPI } from "pyodide";
import { createJudgeWorker } from "./worker-core.ts";

// The browser entry of the judge worker (a module Web Worker). Pyodide is imported from the
// `indexURL` the page passes (our own server's copy of the npm package's files, never a CDN).
declare const self: DedicatedWorkerGlobalScope;

const handle = createJudgeWorker({
  post: (message) => {
    self.postMessage(message);
  },
  loadPyodide: async (indexURL) => {
    const base = indexURL ?? "/pyodide/";
    const module = (await import(/* @vite-ignore */ `${base}pyodide.mjs`)) as {
      loadPyodide(options: { indexURL: string }): Promise<PyodideAPI>;
    };
    return module.loadPyodide({ indexURL: base });
  },
});
self.addEventListener("message", (event: MessageEvent<unknown>) => {
  void handle(event.data);
});
