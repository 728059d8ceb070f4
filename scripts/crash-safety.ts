// Crash safety: write answers as fast as the server takes them, SIGKILL it at random moments,
// restart it, and check that every write it acknowledged is still there and the database is sound.
//   npx tsx scripts/crash-safety.ts [--kills 50]                  (SQLite in a temporary folder)
//   DATABASE_URL=postgres://… npx tsx scripts/crash-safety.ts      (PostgreSQL)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { startServe } from "./serve-process.ts";

export interface CrashReport {
  readonly kills: number;
  readonly acknowledged: number;
  readonly missing: string[];
  readonly integrity: string;
}

/// Runs `kills` rounds and reports what was lost (nothing, if all is well).
export async function crashSafety(options: {
  kills: number;
  random?: () => number;
  databaseUrl?: string;
}): Promise<CrashReport> {
  const random = options.random ?? Math.random;
  const data = mkdtempSync(join(tmpdir(), "pyprep-crash-"));
  const env = { ...process.env, DATABASE_URL: options.databaseUrl ?? "" };
  const acknowledged = new Set<string>();
  let counter = 0;
  for (let round = 0; round < options.kills; round += 1) {
    const { child, base, token = "" } = await startServe(["--data", data], env);
    const exited = new Promise<void>((resolve) =>
      child.on("exit", () => {
        resolve();
      }),
    );
    let alive = true;
    const writers = Array.from({ length: 4 }, async () => {
      while (alive) {
        const content = `answer-${String((counter += 1))}`;
        try {
          const response = await fetch(`${base}/api/answers`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({
              itemId: "lists-vs-tuples",
              answer: { kind: "text", text: content },
            }),
          });
          if (response.status === 200)
            acknowledged.add(JSON.stringify({ kind: "text", text: content }));
        } catch {
          // The server died mid-request: not acknowledged, so nothing is owed.
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 50 + random() * 250));
    child.kill("SIGKILL");
    alive = false;
    await Promise.all([exited, ...writers]);
  }
  // Read back through a fresh server, then check the database itself.
  const { child, base, token = "" } = await startServe(["--data", data], env);
  const response = await fetch(`${base}/api/export`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const exported = (await response.json()) as { attempts: { content: string }[] };
  child.kill("SIGTERM");
  const stored = new Set(exported.attempts.map((a) => a.content));
  const missing = [...acknowledged].filter((c) => !stored.has(c));
  let integrity: string;
  if (options.databaseUrl !== undefined && options.databaseUrl !== "") {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    const rows = await client.query<{ n: string }>("SELECT COUNT(*) AS n FROM attempts");
    integrity =
      Number(rows.rows[0]?.n ?? 0) >= acknowledged.size ? "ok" : "fewer rows than acknowledged";
    await client.end();
  } else {
    const db = new Database(join(data, "pyprep.db"), { readonly: true });
    const verdict: unknown = db.pragma("integrity_check", { simple: true });
    integrity = typeof verdict === "string" ? verdict : "unknown";
    db.close();
  }
  return { kills: options.kills, acknowledged: acknowledged.size, missing, integrity };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const killsArg = process.argv.indexOf("--kills");
  const kills = killsArg > 0 ? Number(process.argv[killsArg + 1]) : 50;
  const report = await crashSafety({
    kills,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  });
  console.log(JSON.stringify({ ...report, missing: report.missing.length }, null, 2));
  process.exitCode = report.missing.length === 0 && report.integrity === "ok" ? 0 : 1;
}
