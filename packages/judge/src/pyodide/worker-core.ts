import type { PyodideAPI } from "pyodide";
import { DEFAULT_LIMITS } from "../schema.ts";
import { toWorkerSchema, type FromWorker, type ToWorker } from "./protocol.ts";

/// What differs between a Node worker thread and a browser Web Worker.
export interface WorkerHost {
  post(message: FromWorker): void;
  loadPyodide(indexURL: string | undefined): Promise<PyodideAPI>;
}

interface PyCallable {
  (...args: unknown[]): unknown;
  destroy?: () => void;
}
interface Session {
  run: PyCallable;
  reset: PyCallable;
}

type PyDict = NonNullable<NonNullable<Parameters<PyodideAPI["runPython"]>[1]>["globals"]>;

const OUTPUT_FLUSH_BYTES = 8 * 1024;

/// The judge worker: loads Pyodide and the harness once, then runs one submission at a time, each
/// in a fresh folder of the in-memory file system and a reset interpreter. Used unchanged by the
/// Node worker (worker-node.ts) and the browser worker (worker-browser.ts).
export function createJudgeWorker(host: WorkerHost): (raw: unknown) => Promise<void> {
  let py: PyodideAPI | undefined;
  let session: Session | undefined;
  let interrupt: Int32Array | undefined;
  let dead = false;

  const init = async (message: Extract<ToWorker, { type: "init" }>) => {
    const started = performance.now();
    try {
      py = await host.loadPyodide(message.indexURL);
      interrupt = message.interrupt;
      if (interrupt !== undefined) py.setInterruptBuffer(interrupt);
      fsOf(py).mkdirTree("/judge");
      fsOf(py).writeFile("/judge/_pyprep_harness.py", message.harness);
      const namespace: unknown = py.toPy({});
      py.runPython(
        [
          "import importlib.util, sys",
          "spec = importlib.util.spec_from_file_location('_pyprep_harness', '/judge/_pyprep_harness.py')",
          "harness = importlib.util.module_from_spec(spec)",
          "spec.loader.exec_module(harness)",
          "session = harness.PyodideSession()",
        ].join("\n"),
        { globals: namespace as PyDict },
      );
      session = (namespace as { get(key: string): Session }).get("session");
      const python = String(py.runPython("import sys; '%d.%d.%d' % sys.version_info[:3]"));
      host.post({ type: "ready", python, loadMs: performance.now() - started });
    } catch (error) {
      host.post({ type: "failed", message: `could not start Python: ${String(error)}` });
    }
  };

  const run = (message: Extract<ToWorker, { type: "run" }>) => {
    const { id, request } = message;
    if (py === undefined || session === undefined || dead) {
      host.post({
        type: "finished",
        id,
        outputLimit: false,
        heapBytes: 0,
        largestFileBytes: 0,
        reusable: false,
      });
      return;
    }
    const pyodide = py;
    const dir = `/tmp/pyprep-run-${id}`;
    const fs = fsOf(pyodide);
    fs.mkdirTree(dir);
    for (const file of [...request.files, ...request.tests, request.solution]) {
      fs.writeFile(`${dir}/${file.name}`, file.source);
    }
    if (interrupt !== undefined) Atomics.store(interrupt, 0, 0);

    let stdin = request.stdin;
    pyodide.setStdin({
      stdin: () => {
        if (stdin === "") return null;
        const chunk = stdin;
        stdin = "";
        return chunk;
      },
      isatty: false,
    });
    let outputBytes = 0;
    let outputLimit = false;
    const pending = { stdout: "", stderr: "" };
    const kept = { stdout: 0, stderr: 0 };
    const flush = () => {
      for (const stream of ["stdout", "stderr"] as const) {
        if (pending[stream] !== "") {
          host.post({
            type: "output",
            id,
            stream,
            text: pending[stream],
            bytes: pending[stream].length,
          });
          pending[stream] = "";
        }
      }
    };
    const writer = (stream: "stdout" | "stderr") => {
      const decoder = new TextDecoder();
      return {
        isatty: false,
        write: (buffer: Uint8Array) => {
          outputBytes += buffer.length;
          if (kept[stream] < DEFAULT_LIMITS.keepOutputBytes) {
            const part = buffer.subarray(0, DEFAULT_LIMITS.keepOutputBytes - kept[stream]);
            kept[stream] += part.length;
            pending[stream] += decoder.decode(part, { stream: true });
            if (pending[stream].length >= OUTPUT_FLUSH_BYTES) flush();
          } else if (kept[stream] === DEFAULT_LIMITS.keepOutputBytes) {
            kept[stream] += 1;
            pending[stream] +=
              `\n… [cut: output past ${DEFAULT_LIMITS.keepOutputBytes} bytes not kept]`;
          }
          if (outputBytes > DEFAULT_LIMITS.maxOutputBytes && !outputLimit) {
            outputLimit = true;
            if (interrupt !== undefined) Atomics.store(interrupt, 0, 2);
            else throw new Error("output limit exceeded");
          }
          return buffer.length;
        },
      };
    };
    pyodide.setStdout(writer("stdout"));
    pyodide.setStderr(writer("stderr"));

    const config = JSON.stringify({
      mode: request.mode,
      workdir: dir,
      solution: request.solution.name,
      tests: request.tests.map((t) => t.name),
    });
    let reusable = true;
    let fatal: string | undefined;
    try {
      session.run(config, (json: string) => {
        flush();
        host.post({ type: "event", id, json });
      });
    } catch (error) {
      // Only a fatal error of the runtime gets here (os._exit, an abort): the harness catches the rest.
      reusable = false;
      dead = true;
      fatal = String(error).split("\n")[0] ?? "the runtime stopped";
    }
    flush();
    let largestFileBytes = 0;
    if (!dead) {
      try {
        reusable = session.reset() === true && reusable;
        largestFileBytes = largestFile(pyodide, dir);
        removeTree(pyodide, dir);
      } catch {
        reusable = false;
      }
    }
    host.post({
      type: "finished",
      id,
      outputLimit,
      heapBytes: heapBytes(pyodide),
      largestFileBytes,
      reusable,
      ...(fatal === undefined ? {} : { fatal }),
    });
  };

  return async (raw: unknown) => {
    const parsed = toWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      host.post({
        type: "failed",
        message: `malformed message to the judge worker: ${parsed.error.message}`,
      });
      return;
    }
    if (parsed.data.type === "init") await init(parsed.data);
    else run(parsed.data);
  };
}

/// The part of Emscripten's file system the worker uses.
interface Fs {
  mkdirTree(p: string): void;
  writeFile(p: string, data: string): void;
  readdir(p: string): string[];
  stat(p: string): { mode: number; size: number };
  isDir(mode: number): boolean;
  unlink(p: string): void;
  rmdir(p: string): void;
}

/// The in-memory file system has no size limit of its own: the owner checks after the run.
function largestFile(py: PyodideAPI, path: string): number {
  const fs = fsOf(py);
  let largest = 0;
  for (const name of fs.readdir(path)) {
    if (name === "." || name === "..") continue;
    const child = `${path}/${name}`;
    const stat = fs.stat(child);
    largest = Math.max(largest, fs.isDir(stat.mode) ? largestFile(py, child) : stat.size);
  }
  return largest;
}

function removeTree(py: PyodideAPI, path: string): void {
  const fs = fsOf(py);
  for (const name of fs.readdir(path)) {
    if (name === "." || name === "..") continue;
    const child = `${path}/${name}`;
    if (fs.isDir(fs.stat(child).mode)) removeTree(py, child);
    else fs.unlink(child);
  }
  fs.rmdir(path);
}

function fsOf(py: PyodideAPI): Fs {
  const fs: unknown = py.FS;
  return fs as Fs;
}

function heapBytes(py: PyodideAPI): number {
  const module = (py as unknown as { _module?: { HEAP8?: { length: number } } })._module;
  return module?.HEAP8?.length ?? 0;
}
