// The web app's budget: the first screen's JavaScript (gzipped), time until Today is interactive
// from localhost, and time until Python is ready in the page, each next to a floor measured in
// the same run.
//   npx tsx bench/web/index.ts [--runs 5]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startServe } from "../../scripts/serve-process.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "apps", "web", "dist");
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 5;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

execFileSync("npm", ["run", "build:web"], { cwd: root, stdio: "pipe" });

// 1. The first screen's JavaScript: the entry module and what it preloads, gzipped.
const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
const firstScreen = scripts.reduce(
  (sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length,
  0,
);
const allJs = execFileSync("find", [join(dist, "assets"), "-name", "*.js"], { encoding: "utf8" })
  .trim()
  .split("\n")
  .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

// 2 and 3: a real server on a fresh data directory, a real browser.
const server = await startServe(["--data", mkdtempSync(join(tmpdir(), "pyprep-bench-web-"))], {
  PYPREP_LOG: "0",
});
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${server.base}/?token=${server.token ?? ""}`);
await page.getByRole("button", { name: "Start preparing" }).click();
await page.getByRole("heading", { name: "Today" }).waitFor();

const interactive: number[] = [];
const floor: number[] = [];
const pythonReady: number[] = [];
for (let i = 0; i < runs; i += 1) {
  // Floor: a page with no script from the same server, to its load event.
  const blank = await context.newPage();
  await blank.goto(`${server.base}/favicon.svg`);
  floor.push(
    await blank.evaluate(() => performance.getEntriesByType("navigation")[0]?.duration ?? NaN),
  );
  await blank.close();
  // Today: navigation start until its queue is on screen (data fetched, rendered, clickable).
  const fresh = await context.newPage();
  await fresh.goto(`${server.base}/`);
  await fresh.locator(".queue li a").first().waitFor();
  interactive.push(await fresh.evaluate(() => performance.now()));
  // Python: the exercise workspace starts Pyodide on open; the page reports when it is ready.
  await fresh.goto(`${server.base}/exercise/two-sum`);
  const status = fresh.getByText(/Python [\d.]+ ready \(([\d.]+) s\)/);
  await status.waitFor({ timeout: 120_000 });
  const seconds = /\(([\d.]+) s\)/.exec((await status.textContent()) ?? "")?.[1];
  pythonReady.push(Number(seconds) * 1000);
  await fresh.close();
}
await browser.close();
server.child.kill("SIGTERM");

// Peer for Python: plain loadPyodide() in Node on this machine, same run.
const plain: number[] = [];
for (let i = 0; i < Math.min(runs, 3); i += 1) {
  const out = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      "const t=performance.now();const {loadPyodide}=await import('pyodide');await loadPyodide();console.log(performance.now()-t)",
    ],
    { cwd: root, encoding: "utf8" },
  );
  plain.push(Number(out.trim()));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`runs: ${runs}; medians\n`);
console.log("| figure | value | floor or peer (same run) | ratio | target |");
console.log("|---|---|---|---|---|");
console.log(
  `| first screen's JavaScript, gzipped | ${kb(firstScreen)} | all of the app's JavaScript, lazy chunks included: ${kb(allJs)} | ${(firstScreen / allJs).toFixed(2)} | ≤ 200 KB |`,
);
console.log(
  `| Today interactive from localhost | ${ms(median(interactive))} | a script-free page from the same server: ${ms(median(floor))} | ${(median(interactive) / median(floor)).toFixed(1)} × | < 1000 ms |`,
);
console.log(
  `| Python ready in the page (Web Worker) | ${ms(median(pythonReady))} | plain loadPyodide() in Node: ${ms(median(plain))} | ${(median(pythonReady) / median(plain)).toFixed(2)} × | reported |`,
);
