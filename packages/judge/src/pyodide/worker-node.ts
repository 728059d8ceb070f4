import { parentPort } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import { createJudgeWorker } from "./worker-core.ts";

// The Node entry of the judge worker (a worker_threads module).
const port = parentPort;
if (port === null) throw new Error("worker-node.ts must run in a worker thread");

// After a fatal error (a stack overflow in C, os._exit) Pyodide asks on stderr for a bug report
// and dumps its state. The judge reports that run as crashed or as too-deep recursion and replaces
// this worker, so what Pyodide prints from then on would only alarm a learner: it is dropped.
const printError = console.error.bind(console);
let failed = false;
console.error = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith("Pyodide has suffered a fatal error"))
    failed = true;
  if (!failed) printError(...args);
};
const handle = createJudgeWorker({
  post: (message) => {
    port.postMessage(message);
  },
  loadPyodide: (indexURL) => loadPyodide(indexURL === undefined ? {} : { indexURL }),
});
port.on("message", (message: unknown) => {
  void handle(message);
});
