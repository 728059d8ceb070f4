import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JudgeResult, RunRequest } from "./index.ts";
import { TWO_FER, twoFerWith } from "./testing.ts";

// The judge's browser entry in a real browser (Debian's Chromium through playwright-core): a page
// runs Python in module Web Workers, with and without cross-origin isolation.
const CHROMIUM = "/usr/bin/chromium";
const here = dirname(fileURLToPath(import.meta.url));
const pyodideDir = dirname(fileURLToPath(import.meta.resolve("pyodide/package.json")));
const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== undefined)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".zip": "application/zip",
};

async function bundle(): Promise<Record<string, string>> {
  const page = await build({
    stdin: {
      contents: [
        `import { BrowserPyodideRunner } from ${JSON.stringify(join(here, "pyodide/browser-index.ts"))};`,
        `const harness = ${JSON.stringify(readFileSync(join(here, "../python/harness.py"), "utf8"))};`,
        `const runner = new BrowserPyodideRunner({ harness, workerUrl: "/worker.js", workers: 1 });`,
        `window.judge = (request) => runner.run(request);`,
        `window.ready = runner.ready().then(() => crossOriginIsolated);`,
      ].join("\n"),
      resolveDir: here,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    write: false,
    platform: "browser",
  });
  const worker = await build({
    entryPoints: [join(here, "pyodide/worker-browser.ts")],
    bundle: true,
    format: "esm",
    write: false,
    platform: "browser",
    external: ["pyodide"],
  });
  return {
    "/app.js": page.outputFiles[0]?.text ?? "",
    "/worker.js": worker.outputFiles[0]?.text ?? "",
  };
}

function serve(files: Record<string, string>, isolated: boolean): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const headers: Record<string, string> = isolated
      ? {
          "Cross-Origin-Opener-Policy": "same-origin",
          "Cross-Origin-Embedder-Policy": "require-corp",
        }
      : {};
    if (path === "/") {
      response.writeHead(200, { ...headers, "Content-Type": "text/html" });
      response.end(
        '<!doctype html><title>judge</title><script type="module" src="/app.js"></script>',
      );
      return;
    }
    const body = files[path];
    if (body !== undefined) {
      response.writeHead(200, { ...headers, "Content-Type": "text/javascript" });
      response.end(body);
      return;
    }
    if (path.startsWith("/pyodide/")) {
      const file = join(pyodideDir, path.slice("/pyodide/".length));
      if (file.startsWith(pyodideDir) && existsSync(file)) {
        response.writeHead(200, {
          ...headers,
          "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        });
        response.end(readFileSync(file));
        return;
      }
    }
    response.writeHead(404);
    response.end();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      resolve(server);
    }),
  );
}

describe.skipIf(!available).each([true, false])(
  "the browser back end (cross-origin isolated: %s)",
  (isolated) => {
    let server: Server;
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
      server = await serve(await bundle(), isolated);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      });
      page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const crossOriginIsolated = await page.evaluate(
        () => (globalThis as unknown as { ready: Promise<boolean> }).ready,
      );
      expect(crossOriginIsolated).toBe(isolated);
    }, 120_000);
    afterAll(async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    });

    const judge = (request: RunRequest): Promise<JudgeResult> =>
      page.evaluate(
        (r) => (globalThis as unknown as { judge(r: RunRequest): Promise<JudgeResult> }).judge(r),
        request,
      );

    it("judges a solution in a Web Worker with the same result schema", async () => {
      const result = await judge(TWO_FER);
      expect(result).toMatchObject({ verdict: "accepted", backend: "pyodide", passed: 2 });
      expect(result.python).toMatch(/^3\.14\./);
      const wrong = await judge(twoFerWith('def two_fer(name="you"):\n    return name\n'));
      expect(wrong.verdict).toBe("wrong_answer");
      expect(wrong.tests[0]?.expected).toBe("'One for Alice, one for me.'");
    }, 60_000);

    it("stops an endless loop at its deadline and then judges the next run", async () => {
      const runaway = await judge(
        twoFerWith("def two_fer(name='you'):\n    while True:\n        pass\n", 1000),
      );
      expect(runaway.verdict).toBe("time_limit_exceeded");
      const next = await judge(TWO_FER);
      expect(next.verdict).toBe("accepted");
    }, 60_000);
  },
);
