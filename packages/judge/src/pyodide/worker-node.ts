import { parentPort } from "node:worker_threads";
import { loadPyodide } from "pyodide";
import { createJudgeWorker } from "./worker-core.ts";

// The Node entry of the judge worker (a worker_threads module).
const port = parentPort;
if (port === null) throw new Error("worker-node.ts must run in a worker thread");
const handle = createJudgeWorker({
  post: (message) => {
    port.postMessage(message);
  },
  loadPyodide: (indexURL) => loadPyodide(indexURL === undefined ? {} : { indexURL }),
});
port.on("message", (message: unknown) => {
  void handle(message);
});
