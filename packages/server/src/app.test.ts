import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@pyprep/content";
import type { Bank } from "@pyprep/core";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { beforeEach, describe, expect, it } from "vitest";
import { createApp } from "./index.ts";

const loaded = loadContent(fileURLToPath(new URL("../../../content", import.meta.url)));
if (!loaded.ok) throw new Error("the bundled content has problems");
const bank: Bank = loaded.bank;
const HOST = "127.0.0.1:7777";
const TOKEN = "s3cret-token";
let clock = new Date("2026-11-24T09:00:00Z");

async function setup() {
  const store = await openSqliteStore(
    join(mkdtempSync(join(tmpdir(), "pyprep-server-")), "pyprep.db"),
  );
  await store.createUser("me", "local", clock);
  const app = createApp({
    bank,
    store,
    mode: { kind: "local", token: TOKEN, userId: "local", hosts: [HOST, "localhost:7777"] },
    now: () => clock,
  });
  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(path, {
      method,
      headers: {
        host: HOST,
        authorization: `Bearer ${TOKEN}`,
        "content-type": "application/json",
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
  return { app, store, call };
}

describe("the local-mode API", () => {
  let api: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    clock = new Date("2026-11-24T09:00:00Z");
    api = await setup();
  });

  it("answers /healthz and serves its OpenAPI document", async () => {
    expect(await (await api.call("GET", "/healthz")).json()).toEqual({ ok: true });
    const doc = (await (await api.call("GET", "/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/answers");
  });

  it("refuses a foreign Host header (DNS rebinding)", async () => {
    const response = await api.call("GET", "/api/bank", undefined, { host: "evil.example:7777" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'host "evil.example:7777" is not allowed; open pyprep at the URL it printed',
    });
  });

  it("needs the token, and keeps it in an HttpOnly cookie after the first visit", async () => {
    expect((await api.call("GET", "/api/settings", undefined, { authorization: "" })).status).toBe(
      401,
    );
    const first = await api.app.request(`/api/settings?token=${TOKEN}`, {
      headers: { host: HOST },
    });
    expect(first.status).toBe(200);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/pyprep_token=s3cret-token/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await api.app.request("/api/settings", {
      headers: { host: HOST, cookie: `pyprep_token=${TOKEN}` },
    });
    expect(again.status).toBe(200);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
  });

  it("stores settings, and refuses bad ones with a message naming the field", async () => {
    const settings = {
      level: "mid",
      interviewDate: "2027-01-15",
      minutesPerDay: 45,
      retention: 0.9,
    };
    expect(await (await api.call("PUT", "/api/settings", settings)).json()).toEqual(settings);
    expect(await (await api.call("GET", "/api/settings")).json()).toEqual(settings);
    const bad = await api.call("PUT", "/api/settings", { ...settings, minutesPerDay: 1 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "minutesPerDay: at least 5 minutes a day" });
    const notJson = await api.call("PUT", "/api/settings", "{nope");
    expect(await notJson.json()).toEqual({ error: "the request body must be JSON" });
  });

  it("plans today only once an interview date is set", async () => {
    expect((await api.call("GET", "/api/today")).status).toBe(409);
    await api.call("PUT", "/api/settings", {
      level: "junior",
      interviewDate: "2026-12-24",
      minutesPerDay: 30,
      retention: 0.9,
    });
    const plan = (await (await api.call("GET", "/api/today")).json()) as {
      items: { itemId: string; reason: string }[];
      minutes: number;
    };
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.every((i) => i.reason === "new")).toBe(true);
    expect(plan.minutes).toBeLessThanOrEqual(30);
  });

  it("grades an answer, records the attempt, and schedules a rated review", async () => {
    const graded = await api.call("POST", "/api/answers", {
      itemId: "lists-vs-tuples",
      answer: {
        kind: "text",
        text: "Tuples are immutable and hashable so they work as dict keys; lists are mutable.",
      },
    });
    const result = (await graded.json()) as {
      grade: { score: number; rating: number; keyPoints: { hit: boolean }[] };
      modelAnswer: string;
    };
    expect(result.grade.score).toBeGreaterThan(0);
    expect(result.grade.keyPoints.some((k) => k.hit)).toBe(true);
    expect(result.modelAnswer.length).toBeGreaterThan(50);
    expect(await api.store.attempts("local", "lists-vs-tuples")).toHaveLength(1);

    const reviewed = (await (
      await api.call("POST", "/api/reviews", { itemId: "lists-vs-tuples", rating: 3 })
    ).json()) as { due: string; status: string };
    expect(new Date(reviewed.due).getTime()).toBeGreaterThan(clock.getTime());
    expect(await api.store.reviews("local")).toEqual([
      { itemId: "lists-vs-tuples", rating: 3, reviewedAt: clock },
    ]);
  });

  it("records an exercise's judged result and shows the solution once accepted", async () => {
    const failing = await api.call("POST", "/api/answers", {
      itemId: "two-sum",
      answer: {
        kind: "judged",
        verdict: "wrong_answer",
        passed: 5,
        total: 9,
        code: "def two_sum(): pass",
      },
    });
    const body = (await failing.json()) as { grade: { rating: number }; solution?: string };
    expect(body.grade.rating).toBe(2);
    expect(body.solution).toBeUndefined();
    const accepted = (await (
      await api.call("POST", "/api/answers", {
        itemId: "two-sum",
        answer: { kind: "judged", verdict: "accepted", passed: 9, total: 9 },
      })
    ).json()) as { grade: { score: number }; solution?: string };
    expect(accepted.grade.score).toBe(1);
    expect(accepted.solution).toContain("def two_sum");
    expect(
      (await api.store.attempts("local", "two-sum")).map((a) => [a.kind, a.verdict, a.content]),
    ).toEqual([
      ["submission", "wrong_answer", "def two_sum(): pass"],
      ["submission", "accepted", ""],
    ]);
    const text = await api.call("POST", "/api/answers", {
      itemId: "two-sum",
      answer: { kind: "text", text: "x" },
    });
    expect(await text.json()).toEqual({
      error: '"two-sum" is an exercise: send its judged result',
    });
  });

  it("answers 4xx with a clear message for bad ids, kinds and ratings", async () => {
    const unknown = await api.call("POST", "/api/answers", {
      itemId: "nope",
      answer: { kind: "text", text: "x" },
    });
    expect(unknown.status).toBe(404);
    const wrongKind = await api.call("POST", "/api/answers", {
      itemId: "lists-vs-tuples",
      answer: { kind: "choices", selected: [0] },
    });
    expect(wrongKind.status).toBe(400);
    expect(await wrongKind.json()).toEqual({
      error: "a choices answer cannot grade a concept question",
    });
    const rating = await api.call("POST", "/api/reviews", { itemId: "lists-vs-tuples", rating: 9 });
    expect(await rating.json()).toEqual({ error: "rating: rating is 1 (Again) to 4 (Easy)" });
    const extra = await api.call("POST", "/api/reviews", {
      itemId: "lists-vs-tuples",
      rating: 3,
      admin: true,
    });
    expect(extra.status).toBe(400);
    expect((await api.call("DELETE", "/api/bank")).status).toBe(404);
  });

  it("exports and imports over the API, refusing malformed or newer documents", async () => {
    await api.call("POST", "/api/reviews", { itemId: "lists-vs-tuples", rating: 3 });
    const exported = (await (await api.call("GET", "/api/export")).json()) as {
      reviews: unknown[];
      version: number;
    };
    expect(exported.reviews).toHaveLength(1);
    const other = await setup();
    const imported = await other.call("POST", "/api/import", exported);
    expect(await imported.json()).toEqual({ imported: { reviews: 1, attempts: 0 } });
    expect(await other.store.reviews("local")).toHaveLength(1);
    const again = await other.call("POST", "/api/import", exported);
    expect(again.status).toBe(409);
    const newer = await other.call("POST", "/api/import", { ...exported, version: 2 });
    expect(newer.status).toBe(400);
    expect(await newer.json()).toEqual({
      error: "this export has version 2, newer than this pyprep reads (1); upgrade pyprep",
    });
  });

  it("keeps notes and bookmarks, listed together", async () => {
    await api.call("PUT", "/api/notes/lists-vs-tuples", { text: "tuples hash" });
    await api.call("PUT", "/api/bookmarks/two-sum");
    await api.call("PUT", "/api/bookmarks/dict-vs-list");
    await api.call("DELETE", "/api/bookmarks/dict-vs-list");
    const saved = (await (await api.call("GET", "/api/saved")).json()) as {
      notes: { itemId: string; text: string }[];
      bookmarks: { itemId: string }[];
    };
    expect(saved.notes.map((n) => [n.itemId, n.text])).toEqual([
      ["lists-vs-tuples", "tuples hash"],
    ]);
    expect(saved.bookmarks.map((b) => b.itemId)).toEqual(["two-sum"]);
    await api.call("PUT", "/api/notes/lists-vs-tuples", { text: "  " });
    expect(
      ((await (await api.call("GET", "/api/saved")).json()) as { notes: unknown[] }).notes,
    ).toEqual([]);
    expect((await api.call("PUT", "/api/bookmarks/no-such-item")).status).toBe(404);
  });

  it("assembles a mock interview and scores it into a report, once", async () => {
    const created = await api.call("POST", "/api/mocks", {
      level: "junior",
      minutes: 12,
      mix: { concept: 1 },
      seed: 5,
    });
    const { id, session } = (await created.json()) as {
      id: string;
      session: { questions: { itemId: string; kind: string }[] };
    };
    expect(session.questions.length).toBe(3);
    const [first, second] = session.questions;
    const report = await api.call("POST", `/api/mocks/${id}/report`, {
      answers: [
        { itemId: first?.itemId, answer: { kind: "text", text: "I am not sure" }, seconds: 100 },
        { itemId: second?.itemId, answer: { kind: "text", text: "no idea" }, seconds: 400 },
      ],
    });
    const body = (await report.json()) as {
      score: number;
      questions: { itemId: string; overTime: boolean; missed: string[] }[];
      revisit: string[];
    };
    expect(body.questions).toHaveLength(3);
    expect(body.questions[1]?.overTime).toBe(true);
    expect(body.revisit.length).toBeGreaterThan(0);
    expect((await api.call("POST", `/api/mocks/${id}/report`, { answers: [] })).status).toBe(409);
    const past = (await (await api.call("GET", "/api/mocks")).json()) as {
      id: string;
      report: unknown;
    }[];
    expect(past.map((m) => m.id)).toEqual([id]);
    expect(past[0]?.report).toBeDefined();
    expect((await api.call("POST", "/api/mocks", { level: "junior", minutes: 1 })).status).toBe(
      400,
    );
  });

  it("shows progress that rises after reviews", async () => {
    await api.call("PUT", "/api/settings", {
      level: "junior",
      interviewDate: "2026-12-24",
      minutesPerDay: 30,
      retention: 0.9,
    });
    const before = (await (await api.call("GET", "/api/progress")).json()) as {
      readiness: { byLevel: { junior: number } };
      studied: number;
    };
    expect(before).toMatchObject({ studied: 0, readiness: { byLevel: { junior: 0 } } });
    for (const itemId of ["lists-vs-tuples", "dict-vs-list", "when-to-use-a-set"]) {
      await api.call("POST", "/api/reviews", { itemId, rating: 3 });
    }
    clock = new Date(clock.getTime() + 60_000);
    const after = (await (await api.call("GET", "/api/progress")).json()) as {
      readiness: { byLevel: { junior: number } };
      studied: number;
      reviewsDueByDay: number[];
    };
    expect(after.studied).toBe(3);
    expect(after.readiness.byLevel.junior).toBeGreaterThan(0);
    expect(after.reviewsDueByDay).toHaveLength(14);
  });
});
