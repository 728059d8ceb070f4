import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { loadContent } from "@pyprep/content";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./index.ts";

// Every route with generated malformed bodies, query strings and headers: a 4xx with a message,
// never a 5xx, and the server keeps answering.
const loaded = loadContent(fileURLToPath(new URL("../../../content", import.meta.url)));
if (!loaded.ok) throw new Error("the bundled content has problems");
const HOST = "127.0.0.1:7777";
const TOKEN = "t";
const ROUTES: [string, string][] = [
  ["PUT", "/api/settings"],
  ["POST", "/api/answers"],
  ["POST", "/api/reviews"],
  ["POST", "/api/import"],
  ["POST", "/api/mocks"],
  ["POST", "/api/mocks/mock-x/report"],
  ["PUT", "/api/notes/lists-vs-tuples"],
  ["PUT", "/api/bookmarks/%00"],
  ["GET", "/api/today"],
  ["GET", "/api/progress"],
  ["GET", "/api/saved"],
];

describe("the API under malformed input", () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const store = await openSqliteStore(
      join(mkdtempSync(join(tmpdir(), "pyprep-fuzz-")), "pyprep.db"),
    );
    await store.createUser("me", "local", new Date());
    app = createApp({
      bank: loaded.bank,
      store,
      mode: { kind: "local", token: TOKEN, userId: "local", hosts: [HOST] },
      now: () => new Date("2026-11-24T09:00:00Z"),
    });
  });

  const body = fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({
        itemId: fc.string(),
        rating: fc.anything(),
        answer: fc.anything(),
        level: fc.string(),
      })
      .map((v) => JSON.stringify(v)),
    fc
      .record({
        format: fc.constant("pyprep-export"),
        version: fc.integer(),
        reviews: fc.anything(),
      })
      .map((v) => JSON.stringify(v)),
  );

  it("answers every route with 2xx or 4xx and a JSON message, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        body,
        fc.string({ maxLength: 20 }),
        fc.constantFrom("application/json", "text/plain", ""),
        async ([method, path], payload, query, type) => {
          const response = await app.request(`${path}?${encodeURIComponent(query)}=1`, {
            method,
            headers: { host: HOST, authorization: `Bearer ${TOKEN}`, "content-type": type },
            ...(method === "GET" ? {} : { body: payload }),
          });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            const json = (await response.json()) as { error?: unknown };
            expect(typeof json.error).toBe("string");
          }
        },
      ),
      { numRuns: 400 },
    );
    expect((await app.request("/healthz", { headers: { host: HOST } })).status).toBe(200);
  });

  it("refuses malformed headers with 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (host, auth) => {
        const response = await app.request("/api/settings", {
          headers: { host, authorization: auth },
        });
        expect([401, 403]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
  });
});
