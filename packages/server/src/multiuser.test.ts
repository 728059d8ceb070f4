import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@pyprep/content";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { beforeEach, describe, expect, it } from "vitest";
import { createApp } from "./index.ts";

const loaded = loadContent(fileURLToPath(new URL("../../../content", import.meta.url)));
if (!loaded.ok) throw new Error("the bundled content has problems");
const HOST = "pyprep.example";
let clock = new Date("2026-11-24T09:00:00Z");

interface Session {
  cookie: string;
  csrf: string;
}

async function setup() {
  const store = await openSqliteStore(
    join(mkdtempSync(join(tmpdir(), "pyprep-multi-")), "pyprep.db"),
  );
  const app = createApp({
    bank: loaded.ok ? loaded.bank : (undefined as never),
    store,
    mode: { kind: "multi", secret: "test-secret", hosts: [HOST], secureCookies: true },
    now: () => clock,
  });
  const call = (
    method: string,
    path: string,
    body?: unknown,
    session?: Session,
    headers: Record<string, string> = {},
  ) =>
    app.request(path, {
      method,
      headers: {
        host: HOST,
        "content-type": "application/json",
        ...(session === undefined ? {} : { cookie: session.cookie, "x-csrf-token": session.csrf }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const signIn = async (
    path: "signup" | "login",
    name: string,
    password = "correct horse battery",
  ): Promise<Session> => {
    const response = await call("POST", `/api/auth/${path}`, { name, password });
    if (response.status >= 400) throw new Error(`${path} failed: ${await response.text()}`);
    const cookies = response.headers.getSetCookie();
    const cookie = cookies.map((c) => c.split(";")[0]).join("; ");
    const { csrf } = (await response.json()) as { csrf: string };
    return { cookie, csrf };
  };
  return { store, call, signIn, app };
}

describe("multi-user mode", () => {
  let api: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    clock = new Date("2026-11-24T09:00:00Z");
    api = await setup();
  });

  it("signs up with a hashed password and a secure HttpOnly session cookie", async () => {
    const response = await api.call("POST", "/api/auth/signup", {
      name: "ada",
      password: "correct horse battery",
    });
    expect(response.status).toBe(201);
    const cookies = response.headers.getSetCookie();
    expect(cookies[0]).toMatch(
      /^pyprep_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=2592000$/,
    );
    expect(cookies[1]).toMatch(/^pyprep_csrf=/);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const stored = await api.store.findUser("ada");
    expect(stored?.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored?.passwordHash).not.toContain("correct horse");
  });

  it("refuses a taken name and a short password", async () => {
    await api.signIn("signup", "ada");
    expect(
      (await api.call("POST", "/api/auth/signup", { name: "ada", password: "another long one" }))
        .status,
    ).toBe(409);
    const short = await api.call("POST", "/api/auth/signup", { name: "bob", password: "short" });
    expect(await short.json()).toEqual({ error: "password: at least 10 characters" });
  });

  it("needs a session, and the CSRF header to change anything", async () => {
    expect((await api.call("GET", "/api/settings")).status).toBe(401);
    const ada = await api.signIn("signup", "ada");
    expect((await api.call("GET", "/api/auth/me", undefined, ada)).status).toBe(200);
    const settings = {
      level: "mid",
      interviewDate: "2027-01-15",
      minutesPerDay: 45,
      retention: 0.9,
    };
    const withoutCsrf = await api.call("PUT", "/api/settings", settings, { ...ada, csrf: "" });
    expect(withoutCsrf.status).toBe(403);
    expect((await api.call("PUT", "/api/settings", settings, ada)).status).toBe(200);
    const forged = await api.call("GET", "/api/settings", undefined, {
      cookie: "pyprep_session=dXNlcg.zzzz.forged",
      csrf: "",
    });
    expect(forged.status).toBe(401);
  });

  it("expires sessions", async () => {
    const ada = await api.signIn("signup", "ada");
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    expect((await api.call("GET", "/api/settings", undefined, ada)).status).toBe(401);
  });

  it("rate-limits failed logins", async () => {
    await api.signIn("signup", "ada");
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await api.call("POST", "/api/auth/login", { name: "ada", password: "wrong password!" }))
          .status,
      ).toBe(401);
    }
    const blocked = await api.call("POST", "/api/auth/login", {
      name: "ada",
      password: "correct horse battery",
    });
    expect(blocked.status).toBe(429);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect(
      (
        await api.call("POST", "/api/auth/login", {
          name: "ada",
          password: "correct horse battery",
        })
      ).status,
    ).toBe(200);
  });

  it("never lets one learner read or change another's data", async () => {
    const ada = await api.signIn("signup", "ada");
    const bob = await api.signIn("signup", "bob");
    await api.call(
      "PUT",
      "/api/settings",
      { level: "senior", interviewDate: "2027-02-01", minutesPerDay: 60, retention: 0.92 },
      ada,
    );
    await api.call("POST", "/api/reviews", { itemId: "lists-vs-tuples", rating: 3 }, ada);
    await api.call(
      "POST",
      "/api/answers",
      { itemId: "lists-vs-tuples", answer: { kind: "text", text: "mine" } },
      ada,
    );
    await api.call("PUT", "/api/notes/lists-vs-tuples", { text: "ada's note" }, ada);
    await api.call("PUT", "/api/bookmarks/two-sum", undefined, ada);
    const mock = (await (
      await api.call("POST", "/api/mocks", { level: "junior", minutes: 10, seed: 1 }, ada)
    ).json()) as { id: string };

    expect(await (await api.call("GET", "/api/settings", undefined, bob)).json()).toMatchObject({
      level: "junior",
      interviewDate: null,
    });
    expect(await (await api.call("GET", "/api/saved", undefined, bob)).json()).toEqual({
      notes: [],
      bookmarks: [],
    });
    expect(await (await api.call("GET", "/api/mocks", undefined, bob)).json()).toEqual([]);
    expect(
      (await api.call("POST", `/api/mocks/${mock.id}/report`, { answers: [] }, bob)).status,
    ).toBe(404);
    const exported = (await (await api.call("GET", "/api/export", undefined, bob)).json()) as {
      reviews: unknown[];
      attempts: unknown[];
    };
    expect(exported).toMatchObject({ reviews: [], attempts: [], settings: null });
    expect(
      (
        (await (await api.call("GET", "/api/progress", undefined, bob)).json()) as {
          studied: number;
        }
      ).studied,
    ).toBe(0);
    // Bob's changes stay his.
    await api.call("PUT", "/api/notes/lists-vs-tuples", { text: "bob's note" }, bob);
    const adaSaved = (await (await api.call("GET", "/api/saved", undefined, ada)).json()) as {
      notes: { text: string }[];
    };
    expect(adaSaved.notes.map((n) => n.text)).toEqual(["ada's note"]);
  });

  it("logs out by clearing the cookies", async () => {
    await api.signIn("signup", "ada");
    const response = await api.call("POST", "/api/auth/logout");
    expect(response.headers.getSetCookie()[0]).toMatch(/^pyprep_session=; .*Max-Age=0$/);
  });
});
