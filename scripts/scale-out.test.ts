import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { signUp, startServe } from "./serve-process.ts";
import { freshDatabase } from "./testing-postgres.ts";

// Two server processes on one PostgreSQL database serve one learner's interleaved requests
// consistently: what one wrote, the other reads.
const children: ChildProcessWithoutNullStreams[] = [];

async function start(databaseUrl: string): Promise<string> {
  const server = await startServe(["--multi-user"], {
    DATABASE_URL: databaseUrl,
    PYPREP_SESSION_SECRET: "shared-by-both-instances",
  });
  children.push(server.child);
  return server.base;
}

afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
});

describe.skipIf(process.env.PYPREP_TEST_POSTGRES_URL === undefined)(
  "two server processes on one PostgreSQL",
  () => {
    it("serve one learner's interleaved requests consistently", async () => {
      const databaseUrl = await freshDatabase();
      if (databaseUrl === undefined) throw new Error("no database");
      const a = await start(databaseUrl);
      const b = await start(databaseUrl);
      const headers = await signUp(a, "ada", "correct horse battery");
      const ids = [
        "lists-vs-tuples",
        "dict-vs-list",
        "when-to-use-a-set",
        "explain-generators",
        "lambda-functions",
        "str-vs-repr",
      ];
      for (const [i, itemId] of ids.entries()) {
        const server = i % 2 === 0 ? a : b;
        const response = await fetch(`${server}/api/reviews`, {
          method: "POST",
          headers,
          body: JSON.stringify({ itemId, rating: 3 }),
        });
        expect(response.status).toBe(200);
        await fetch(`${i % 2 === 0 ? b : a}/api/notes/${itemId}`, {
          method: "PUT",
          headers,
          body: JSON.stringify({ text: `note ${String(i)}` }),
        });
      }
      const fromA = (await (await fetch(`${a}/api/export`, { headers })).json()) as {
        reviews: { itemId: string }[];
        notes: unknown[];
      };
      const fromB = (await (await fetch(`${b}/api/export`, { headers })).json()) as {
        reviews: { itemId: string }[];
        notes: unknown[];
      };
      expect(fromA.reviews.map((r) => r.itemId)).toEqual(ids);
      expect({ ...fromB, exportedAt: "" }).toEqual({ ...fromA, exportedAt: "" });
      expect(fromA.notes).toHaveLength(ids.length);
    }, 60_000);
  },
);
