import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEFAULT_SETTINGS,
  ImportRefusedError,
  SchemaVersionError,
  Scheduler,
  exportLearner,
  exportSchema,
  type Store,
} from "@pyprep/core";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type SqlStore } from "./index.ts";
import { openPostgresStore } from "./postgres.ts";
import { openSqliteStore } from "./sqlite.ts";

// One contract, both adapters. PostgreSQL runs against a real server: PYPREP_TEST_POSTGRES_URL
// names a database where the role may create databases (.ci/run sets it); each test gets its own.
const ADMIN_URL = process.env.PYPREP_TEST_POSTGRES_URL;
if (ADMIN_URL === undefined && process.env.CI !== undefined) {
  throw new Error(
    "PYPREP_TEST_POSTGRES_URL is not set: CI must run the store contract on PostgreSQL",
  );
}

interface Adapter {
  readonly name: string;
  /// A fresh, empty store; `reopen` opens the same database again.
  open(): Promise<{ store: SqlStore; reopen: () => Promise<SqlStore> }>;
  cleanup(): Promise<void>;
}

const sqlite: Adapter = {
  name: "sqlite",
  open: async () => {
    const file = join(mkdtempSync(join(tmpdir(), "pyprep-store-")), "pyprep.db");
    return { store: await openSqliteStore(file), reopen: () => openSqliteStore(file) };
  },
  cleanup: () => Promise.resolve(),
};

const databases: string[] = [];
const postgres: Adapter = {
  name: "postgres",
  open: async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    const name = `pyprep_test_${randomBytes(6).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databases.push(name);
    const url = new URL(ADMIN_URL ?? "");
    url.pathname = `/${name}`;
    return {
      store: await openPostgresStore(url.toString()),
      reopen: () => openPostgresStore(url.toString()),
    };
  },
  cleanup: async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    for (const name of databases.splice(0))
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  },
};

const adapters = ADMIN_URL === undefined ? [sqlite] : [sqlite, postgres];
const T0 = new Date("2026-02-01T10:00:00.000Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(adapters)("the $name store", (adapter) => {
  let store: SqlStore;
  let reopen: () => Promise<SqlStore>;
  const opened: Store[] = [];
  beforeEach(async () => {
    ({ store, reopen } = await adapter.open());
    opened.push(store);
    await store.createUser("ada", "u1", T0);
    await store.createUser("bob", "u2", T0, "scrypt$hash");
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  });
  afterAll(async () => {
    await adapter.cleanup();
  });

  it("migrates a new database to the current schema, once", async () => {
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    await store.close();
    const again = await reopen();
    opened.push(again);
    expect(await again.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await again.getUser("u1")).toEqual({ id: "u1", name: "ada", createdAt: T0 });
  });

  it("refuses a database written by a newer pyprep, changing nothing", async () => {
    await store.db.run("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 7]);
    await store.close();
    await expect(reopen()).rejects.toThrow(SchemaVersionError);
    await expect(reopen()).rejects.toThrow(
      `schema version ${SCHEMA_VERSION + 7}, newer than this pyprep understands`,
    );
  });

  it("keeps users, finds them by name, and refuses a taken name", async () => {
    expect(await store.findUser("bob")).toEqual({
      id: "u2",
      name: "bob",
      createdAt: T0,
      passwordHash: "scrypt$hash",
    });
    expect(await store.findUser("carol")).toBeUndefined();
    await expect(store.createUser("ada", "u3", T0)).rejects.toThrow();
  });

  it("stores settings and validates them", async () => {
    expect(await store.getSettings("u1")).toBeUndefined();
    await store.putSettings(
      "u1",
      { ...DEFAULT_SETTINGS, level: "mid", interviewDate: "2026-03-01" },
      T0,
    );
    await store.putSettings(
      "u1",
      { ...DEFAULT_SETTINGS, level: "senior", interviewDate: "2026-04-01" },
      later(1),
    );
    expect(await store.getSettings("u1")).toEqual({
      ...DEFAULT_SETTINGS,
      level: "senior",
      interviewDate: "2026-04-01",
    });
    await expect(
      store.putSettings("u1", { ...DEFAULT_SETTINGS, minutesPerDay: 2 }, T0),
    ).rejects.toThrow("at least 5 minutes a day");
  });

  it("appends reviews that can be read back in order and replayed", async () => {
    await store.appendReview("u1", { itemId: "q1", rating: 3, reviewedAt: later(10) });
    await store.appendReview("u1", { itemId: "q1", rating: 3, reviewedAt: later(60 * 24) });
    await store.appendReview("u1", { itemId: "q1", rating: 1, reviewedAt: later(60 * 24 * 5) });
    await store.appendReview("u1", { itemId: "q2", rating: 4, reviewedAt: later(5) });
    const logs = await store.reviews("u1");
    expect(logs.map((l) => [l.itemId, l.rating])).toEqual([
      ["q2", 4],
      ["q1", 3],
      ["q1", 3],
      ["q1", 1],
    ]);
    const scheduler = new Scheduler();
    const card = scheduler.replay(
      "q1",
      logs.filter((l) => l.itemId === "q1"),
    );
    expect(card).toMatchObject({ reps: 3, lapses: 1, status: "relearning" });
  });

  it("records a review with the card it produced, both or neither", async () => {
    const scheduler = new Scheduler();
    const card = scheduler.review(scheduler.newCard("q1", T0), 3, later(1));
    await store.recordReview(
      "u1",
      { itemId: "q1", rating: 3, reviewedAt: later(1) },
      scheduler.toStored(card),
    );
    const [stored] = await store.cards("u1");
    expect(stored?.itemId).toBe("q1");
    expect(scheduler.fromStored("q1", stored?.state)).toEqual(card);
    const next = scheduler.review(card, 1, later(60));
    await expect(
      store.recordReview(
        "u1",
        { itemId: "q1", rating: 9 as 1, reviewedAt: later(60) },
        scheduler.toStored(next),
      ),
    ).rejects.toThrow();
    expect(await store.reviews("u1")).toHaveLength(1);
    expect((await store.cards("u1"))[0]?.due).toEqual(card.due);
    await store.replaceCards("u1", []);
    expect(await store.cards("u1")).toEqual([]);
  });

  it("refuses to change or remove a review: the log is append-only", async () => {
    await store.appendReview("u1", { itemId: "q1", rating: 3, reviewedAt: later(10) });
    await expect(store.db.run("UPDATE review_log SET rating = 4")).rejects.toThrow("append-only");
    await expect(store.db.run("DELETE FROM review_log")).rejects.toThrow("append-only");
    expect((await store.reviews("u1")).map((l) => l.rating)).toEqual([3]);
  });

  it("refuses a rating outside 1 to 4", async () => {
    await expect(
      store.appendReview("u1", { itemId: "q1", rating: 7 as 1, reviewedAt: T0 }),
    ).rejects.toThrow();
  });

  it("keeps attempts with their outcome, per item", async () => {
    await store.addAttempt("u1", {
      itemId: "two-sum",
      kind: "submission",
      content: "def f(): pass",
      score: 0.5,
      verdict: "wrong_answer",
      at: later(1),
    });
    await store.addAttempt("u1", {
      itemId: "lists-vs-tuples",
      kind: "answer",
      content: "immutable",
      score: 1,
      at: later(2),
    });
    expect(await store.attempts("u1", "two-sum")).toEqual([
      {
        itemId: "two-sum",
        kind: "submission",
        content: "def f(): pass",
        score: 0.5,
        verdict: "wrong_answer",
        at: later(1),
      },
    ]);
    expect(await store.attempts("u1")).toHaveLength(2);
  });

  it("saves mock sessions and their reports", async () => {
    await store.saveMock("u1", {
      id: "m1",
      session: { questions: ["a"] },
      report: undefined,
      at: later(1),
    });
    await store.saveMock("u1", {
      id: "m1",
      session: { questions: ["a"] },
      report: { score: 0.5 },
      at: later(1),
    });
    expect(await store.mocks("u1")).toEqual([
      { id: "m1", session: { questions: ["a"] }, report: { score: 0.5 }, at: later(1) },
    ]);
  });

  it("keeps one note per item, and bookmarks that can be removed", async () => {
    await store.putNote("u1", { itemId: "q1", text: "first", at: later(1) });
    await store.putNote("u1", { itemId: "q1", text: "second", at: later(2) });
    await store.putNote("u1", { itemId: "q2", text: "other", at: later(3) });
    await store.deleteNote("u1", "q2");
    expect(await store.notes("u1")).toEqual([{ itemId: "q1", text: "second", at: later(2) }]);
    await store.setBookmark("u1", "q1", true, later(1));
    await store.setBookmark("u1", "q1", true, later(5));
    await store.setBookmark("u1", "q3", true, later(2));
    await store.setBookmark("u1", "q3", false, later(3));
    expect(await store.bookmarks("u1")).toEqual([{ itemId: "q1", at: later(1) }]);
  });

  it("never shows one learner's data to another", async () => {
    await store.putSettings("u1", DEFAULT_SETTINGS, T0);
    await store.appendReview("u1", { itemId: "q1", rating: 3, reviewedAt: T0 });
    await store.addAttempt("u1", { itemId: "q1", kind: "answer", content: "x", score: 1, at: T0 });
    await store.saveMock("u1", { id: "m1", session: {}, report: undefined, at: T0 });
    await store.putNote("u1", { itemId: "q1", text: "mine", at: T0 });
    await store.setBookmark("u1", "q1", true, T0);
    expect(await store.getSettings("u2")).toBeUndefined();
    expect(await store.reviews("u2")).toEqual([]);
    expect(await store.attempts("u2")).toEqual([]);
    expect(await store.mocks("u2")).toEqual([]);
    expect(await store.notes("u2")).toEqual([]);
    expect(await store.bookmarks("u2")).toEqual([]);
  });

  it("exports everything a learner owns; importing into an empty store and exporting again gives the same document", async () => {
    await store.putSettings(
      "u1",
      { ...DEFAULT_SETTINGS, level: "mid", interviewDate: "2027-01-10" },
      T0,
    );
    await store.appendReview("u1", { itemId: "q1", rating: 3, reviewedAt: later(1) });
    await store.appendReview("u1", { itemId: "q2", rating: 1, reviewedAt: later(2) });
    await store.addAttempt("u1", {
      itemId: "two-sum",
      kind: "submission",
      content: "code",
      score: 1,
      verdict: "accepted",
      at: later(3),
    });
    await store.saveMock("u1", {
      id: "m1",
      session: { q: [1] },
      report: { score: 1 },
      at: later(4),
    });
    await store.putNote("u1", { itemId: "q1", text: "remember", at: later(5) });
    await store.setBookmark("u1", "q2", true, later(6));
    const first = exportSchema.parse(
      JSON.parse(JSON.stringify(await exportLearner(store, "u1", later(10)))),
    );
    await store.importAll("u2", first);
    const second = await exportLearner(store, "u2", later(10));
    expect(second).toEqual(first);
    expect(first.reviews).toHaveLength(2);
  });

  it("refuses to import over existing progress, and writes nothing then", async () => {
    await store.appendReview("u1", { itemId: "q1", rating: 3, reviewedAt: later(1) });
    const data = await exportLearner(store, "u1", later(2));
    await expect(store.importAll("u1", data)).rejects.toThrow(ImportRefusedError);
    expect(await store.reviews("u1")).toHaveLength(1);
  });

  it("writes nothing of an import that fails half-way", async () => {
    const data = await exportLearner(store, "u1", later(2));
    const broken = {
      ...data,
      reviews: [
        { itemId: "q1", rating: 3, reviewedAt: later(1).toISOString() },
        { itemId: "q2", rating: 9, reviewedAt: later(1).toISOString() },
      ],
    };
    await expect(store.importAll("u2", broken)).rejects.toThrow();
    expect(await store.reviews("u2")).toEqual([]);
  });

  it("keeps every acknowledged write across a reopen", async () => {
    for (let i = 0; i < 50; i += 1)
      await store.appendReview("u1", { itemId: `q${i % 5}`, rating: 3, reviewedAt: later(i) });
    await store.close();
    const again = await reopen();
    opened.push(again);
    expect(await again.reviews("u1")).toHaveLength(50);
  });
});
