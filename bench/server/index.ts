// Server load: N concurrent learners (default 200) with a realistic mix of reads and writes for
// D seconds (default 30) against `pyprep serve --multi-user`, on SQLite and, with
// PYPREP_TEST_POSTGRES_URL set, on PostgreSQL. Each learner pauses about a second between requests
// (--think-ms); --think-ms 0 saturates the server instead.
//   npx tsx bench/server/index.ts [--clients 200] [--seconds 30] [--think-ms 1000]
import { mkdtempSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { signUp, startServe } from "../../scripts/serve-process.ts";
import { freshDatabase } from "../../scripts/testing-postgres.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg("--clients", 200);
const SECONDS = arg("--seconds", 30);
/// Mean pause between a learner's requests (uniform from half to one and a half of it); 0 makes
/// every client fire back to back, which measures capacity rather than a realistic load.
const THINK_MS = arg("--think-ms", 1000);
const ITEMS = [
  "lists-vs-tuples",
  "dict-vs-list",
  "when-to-use-a-set",
  "explain-generators",
  "lambda-functions",
  "str-vs-repr",
];

async function start(env: NodeJS.ProcessEnv) {
  const data = mkdtempSync(join(tmpdir(), "pyprep-load-"));
  return startServe(["--multi-user", "--data", data], { PYPREP_SESSION_SECRET: "bench", ...env });
}

async function run(label: string, env: NodeJS.ProcessEnv) {
  const { child, base } = await start(env);
  const sessions = [];
  for (let i = 0; i < CLIENTS; i += 1) {
    const headers = await signUp(base, `learner-${String(i)}`, "a long enough password");
    await fetch(`${base}/api/settings`, {
      method: "PUT",
      headers,
      body: JSON.stringify({
        level: "mid",
        interviewDate: "2027-03-01",
        minutesPerDay: 45,
        retention: 0.9,
      }),
    });
    sessions.push(headers);
  }
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    sessions.map(async (headers, client) => {
      let step = client;
      // Learners arrive spread over a think time, not all in the same millisecond.
      if (THINK_MS > 0)
        await new Promise((resolve) => setTimeout(resolve, THINK_MS * 1.5 * Math.random()));
      while (performance.now() < deadline) {
        step += 1;
        const item = ITEMS[step % ITEMS.length] ?? "lists-vs-tuples";
        const kind = step % 10;
        const started = performance.now();
        let response: Response;
        try {
          if (kind < 3) response = await fetch(`${base}/api/today`, { headers });
          else if (kind < 5) response = await fetch(`${base}/api/progress`, { headers });
          else if (kind < 7)
            response = await fetch(`${base}/api/answers`, {
              method: "POST",
              headers,
              body: JSON.stringify({
                itemId: item,
                answer: { kind: "text", text: "tuples are immutable and hashable" },
              }),
            });
          else if (kind < 9)
            response = await fetch(`${base}/api/reviews`, {
              method: "POST",
              headers,
              body: JSON.stringify({ itemId: item, rating: 3 }),
            });
          else
            response = await fetch(`${base}/api/notes/${item}`, {
              method: "PUT",
              headers,
              body: JSON.stringify({ text: `n${String(n)}` }),
            });
          await response.arrayBuffer();
          if (response.status >= 400) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - started);
        n += 1;
        if (THINK_MS > 0)
          await new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));
      }
    }),
  );
  child.kill("SIGTERM");
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    label,
    requests: latencies.length,
    throughput: latencies.length / SECONDS,
    p50: q(0.5),
    p99: q(0.99),
    errors,
  };
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}; ${CLIENTS} clients, ${SECONDS} s, ` +
    `think time ${THINK_MS} ms, server and clients on the same machine\n`,
);
const results = [await run("SQLite", {})];
const pgUrl = await freshDatabase();
if (pgUrl !== undefined) results.push(await run("PostgreSQL", { DATABASE_URL: pgUrl }));
console.log("| store | requests | throughput | p50 | p99 | errors | target |");
console.log("|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.label} | ${String(r.requests)} | ${r.throughput.toFixed(0)} req/s | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${String(r.errors)} | p99 < 50 ms, 0 errors |`,
  );
}
