import {
  settingsSchema,
  type Attempt,
  type Bookmark,
  type ExportData,
  ImportRefusedError,
  type MockRecord,
  type Note,
  type Rating,
  type ReviewLogEntry,
  type Settings,
  type Store,
  type StoredCard,
  type User,
} from "@pyprep/core";
import type { Db } from "./db.ts";
import { SCHEMA_VERSION } from "./schema.ts";

const iso = (d: Date) => d.toISOString();
const date = (s: string) => new Date(s);

/// The Store over any `Db`: the same statements for SQLite and PostgreSQL.
export class SqlStore implements Store {
  readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }

  async createUser(name: string, id: string, at: Date, passwordHash?: string): Promise<User> {
    await this.db.run(
      "INSERT INTO users (id, name, password_hash, created_at) VALUES (?, ?, ?, ?)",
      [id, name, passwordHash ?? null, iso(at)],
    );
    return { id, name, createdAt: at };
  }

  async getUser(id: string): Promise<User | undefined> {
    const [row] = await this.db.all<{ id: string; name: string; created_at: string }>(
      "SELECT id, name, created_at FROM users WHERE id = ?",
      [id],
    );
    return row === undefined
      ? undefined
      : { id: row.id, name: row.name, createdAt: date(row.created_at) };
  }

  async findUser(name: string) {
    const [row] = await this.db.all<{
      id: string;
      name: string;
      created_at: string;
      password_hash: string | null;
    }>("SELECT id, name, created_at, password_hash FROM users WHERE name = ?", [name]);
    return row === undefined
      ? undefined
      : {
          id: row.id,
          name: row.name,
          createdAt: date(row.created_at),
          passwordHash: row.password_hash,
        };
  }

  async getSettings(userId: string): Promise<Settings | undefined> {
    const [row] = await this.db.all<{ data: string }>(
      "SELECT data FROM settings WHERE user_id = ?",
      [userId],
    );
    return row === undefined ? undefined : settingsSchema.parse(JSON.parse(row.data));
  }

  async putSettings(userId: string, settings: Settings, at: Date): Promise<void> {
    const data = JSON.stringify(settingsSchema.parse(settings));
    await this.db.run(
      "INSERT INTO settings (user_id, data, updated_at) VALUES (?, ?, ?) " +
        "ON CONFLICT (user_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
      [userId, data, iso(at)],
    );
  }

  async appendReview(userId: string, review: ReviewLogEntry): Promise<void> {
    await this.db.run(
      "INSERT INTO review_log (user_id, item_id, rating, reviewed_at) VALUES (?, ?, ?, ?)",
      [userId, review.itemId, review.rating, iso(review.reviewedAt)],
    );
  }

  async recordReview(userId: string, review: ReviewLogEntry, card: StoredCard): Promise<void> {
    await this.db.transaction(async (db) => {
      const tx = new SqlStore(db);
      await tx.appendReview(userId, review);
      await tx.putCard(userId, card);
    });
  }

  async cards(userId: string): Promise<StoredCard[]> {
    const rows = await this.db.all<{ item_id: string; due: string; state: string }>(
      "SELECT item_id, due, state FROM cards WHERE user_id = ? ORDER BY item_id",
      [userId],
    );
    return rows.map((r) => ({
      itemId: r.item_id,
      due: date(r.due),
      state: JSON.parse(r.state) as unknown,
    }));
  }

  async replaceCards(userId: string, cards: readonly StoredCard[]): Promise<void> {
    await this.db.transaction(async (db) => {
      await db.run("DELETE FROM cards WHERE user_id = ?", [userId]);
      const tx = new SqlStore(db);
      for (const card of cards) await tx.putCard(userId, card);
    });
  }

  private async putCard(userId: string, card: StoredCard): Promise<void> {
    await this.db.run(
      "INSERT INTO cards (user_id, item_id, due, state) VALUES (?, ?, ?, ?) " +
        "ON CONFLICT (user_id, item_id) DO UPDATE SET due = excluded.due, state = excluded.state",
      [userId, card.itemId, iso(card.due), JSON.stringify(card.state)],
    );
  }

  async reviews(userId: string): Promise<ReviewLogEntry[]> {
    const rows = await this.db.all<{
      item_id: string;
      rating: number | string;
      reviewed_at: string;
    }>(
      "SELECT item_id, rating, reviewed_at FROM review_log WHERE user_id = ? ORDER BY reviewed_at, id",
      [userId],
    );
    return rows.map((r) => ({
      itemId: r.item_id,
      rating: Number(r.rating) as Rating,
      reviewedAt: date(r.reviewed_at),
    }));
  }

  async addAttempt(userId: string, attempt: Attempt): Promise<void> {
    const { itemId, at, ...rest } = attempt;
    await this.db.run(
      "INSERT INTO attempts (user_id, item_id, data, created_at) VALUES (?, ?, ?, ?)",
      [userId, itemId, JSON.stringify(rest), iso(at)],
    );
  }

  async attempts(userId: string, itemId?: string): Promise<Attempt[]> {
    const rows = await this.db.all<{ item_id: string; data: string; created_at: string }>(
      itemId === undefined
        ? "SELECT item_id, data, created_at FROM attempts WHERE user_id = ? ORDER BY id"
        : "SELECT item_id, data, created_at FROM attempts WHERE user_id = ? AND item_id = ? ORDER BY id",
      itemId === undefined ? [userId] : [userId, itemId],
    );
    return rows.map((r) => ({
      ...(JSON.parse(r.data) as Omit<Attempt, "itemId" | "at">),
      itemId: r.item_id,
      at: date(r.created_at),
    }));
  }

  async saveMock(userId: string, record: MockRecord): Promise<void> {
    await this.db.run(
      "INSERT INTO mock_sessions (id, user_id, session, report, created_at) VALUES (?, ?, ?, ?, ?) " +
        "ON CONFLICT (user_id, id) DO UPDATE SET session = excluded.session, report = excluded.report",
      [
        record.id,
        userId,
        JSON.stringify(record.session),
        record.report === undefined ? null : JSON.stringify(record.report),
        iso(record.at),
      ],
    );
  }

  async mocks(userId: string): Promise<MockRecord[]> {
    const rows = await this.db.all<{
      id: string;
      session: string;
      report: string | null;
      created_at: string;
    }>(
      "SELECT id, session, report, created_at FROM mock_sessions WHERE user_id = ? ORDER BY created_at, id",
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      session: JSON.parse(r.session) as unknown,
      report: r.report === null ? undefined : (JSON.parse(r.report) as unknown),
      at: date(r.created_at),
    }));
  }

  async putNote(userId: string, note: Note): Promise<void> {
    await this.db.run(
      "INSERT INTO notes (user_id, item_id, text, updated_at) VALUES (?, ?, ?, ?) " +
        "ON CONFLICT (user_id, item_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
      [userId, note.itemId, note.text, iso(note.at)],
    );
  }

  async deleteNote(userId: string, itemId: string): Promise<void> {
    await this.db.run("DELETE FROM notes WHERE user_id = ? AND item_id = ?", [userId, itemId]);
  }

  async notes(userId: string): Promise<Note[]> {
    const rows = await this.db.all<{ item_id: string; text: string; updated_at: string }>(
      "SELECT item_id, text, updated_at FROM notes WHERE user_id = ? ORDER BY item_id",
      [userId],
    );
    return rows.map((r) => ({ itemId: r.item_id, text: r.text, at: date(r.updated_at) }));
  }

  async setBookmark(userId: string, itemId: string, on: boolean, at: Date): Promise<void> {
    await (on
      ? this.db.run(
          "INSERT INTO bookmarks (user_id, item_id, created_at) VALUES (?, ?, ?) ON CONFLICT (user_id, item_id) DO NOTHING",
          [userId, itemId, iso(at)],
        )
      : this.db.run("DELETE FROM bookmarks WHERE user_id = ? AND item_id = ?", [userId, itemId]));
  }

  async bookmarks(userId: string): Promise<Bookmark[]> {
    const rows = await this.db.all<{ item_id: string; created_at: string }>(
      "SELECT item_id, created_at FROM bookmarks WHERE user_id = ? ORDER BY created_at, item_id",
      [userId],
    );
    return rows.map((r) => ({ itemId: r.item_id, at: date(r.created_at) }));
  }

  async importAll(userId: string, data: ExportData): Promise<void> {
    await this.db.transaction(async (db) => {
      const tx = new SqlStore(db);
      const existing = await db.all<{ n: number | string }>(
        "SELECT (SELECT COUNT(*) FROM review_log WHERE user_id = ?) + (SELECT COUNT(*) FROM attempts WHERE user_id = ?) AS n",
        [userId, userId],
      );
      if (Number(existing[0]?.n ?? 0) > 0) {
        throw new ImportRefusedError(
          "this learner already has progress; import only into an empty store",
        );
      }
      if (data.settings !== null)
        await tx.putSettings(userId, data.settings, new Date(data.exportedAt));
      for (const r of data.reviews) {
        await tx.appendReview(userId, {
          itemId: r.itemId,
          rating: r.rating as Rating,
          reviewedAt: new Date(r.reviewedAt),
        });
      }
      for (const a of data.attempts) {
        await tx.addAttempt(userId, {
          itemId: a.itemId,
          kind: a.kind,
          content: a.content,
          score: a.score,
          ...(a.verdict === undefined ? {} : { verdict: a.verdict }),
          at: new Date(a.at),
        });
      }
      for (const m of data.mocks)
        await tx.saveMock(userId, {
          id: m.id,
          session: m.session,
          report: m.report,
          at: new Date(m.at),
        });
      for (const n of data.notes)
        await tx.putNote(userId, { itemId: n.itemId, text: n.text, at: new Date(n.at) });
      for (const b of data.bookmarks) await tx.setBookmark(userId, b.itemId, true, new Date(b.at));
    });
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.db.all<{ version: number | string | null }>(
      "SELECT MAX(version) AS version FROM schema_version",
    );
    return Number(rows[0]?.version ?? 0) || 0;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

export { SCHEMA_VERSION };
