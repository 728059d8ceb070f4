import { SchemaVersionError } from "@pyprep/core";
import type { Db } from "./db.ts";

/// Versioned migrations, applied in order at start-up. Each is SQL that both SQLite and
/// PostgreSQL accept, with `{{serial}}` for an auto-numbered key and, per dialect, what differs.
interface Migration {
  readonly version: number;
  readonly sql: string;
  readonly sqlite?: string;
  readonly postgres?: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        password_hash TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE settings (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE review_log (
        id {{serial}},
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviewed_at TEXT NOT NULL
      );
      CREATE INDEX review_log_by_user ON review_log (user_id, reviewed_at);
      CREATE TABLE attempts (
        id {{serial}},
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX attempts_by_user ON attempts (user_id, item_id);
      CREATE TABLE mock_sessions (
        id TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session TEXT NOT NULL,
        report TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, id)
      );
      CREATE TABLE notes (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, item_id)
      );
      CREATE TABLE bookmarks (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, item_id)
      );
    `,
    // The review log is append-only: the database itself refuses to change or remove a review.
    sqlite: `
      CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log
        BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
      CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log
        WHEN (SELECT COUNT(*) FROM users WHERE id = OLD.user_id) > 0
        BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
    `,
    postgres: `
      CREATE FUNCTION review_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM users WHERE id = OLD.user_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'review_log is append-only';
      END $$;
      CREATE TRIGGER review_log_append_only BEFORE UPDATE OR DELETE ON review_log
        FOR EACH ROW EXECUTE FUNCTION review_log_append_only();
    `,
  },
  {
    version: 2,
    // Cards derived from the review log, kept so that today's queue needs no replay.
    sql: `
      CREATE TABLE cards (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        due TEXT NOT NULL,
        state TEXT NOT NULL,
        PRIMARY KEY (user_id, item_id)
      );
      CREATE INDEX cards_by_due ON cards (user_id, due);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/// Brings the database to SCHEMA_VERSION; refuses a database newer than that.
export async function migrate(db: Db): Promise<number> {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const rows = await db.all<{ version: number | string }>(
    "SELECT MAX(version) AS version FROM schema_version",
  );
  const current = Number(rows[0]?.version ?? 0);
  if (current > SCHEMA_VERSION) throw new SchemaVersionError(current, SCHEMA_VERSION);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    await db.transaction(async (tx) => {
      const serial =
        tx.dialect === "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
      await tx.exec(migration.sql.replaceAll("{{serial}}", serial));
      const specific = tx.dialect === "sqlite" ? migration.sqlite : migration.postgres;
      if (specific !== undefined) await tx.exec(specific);
      await tx.run("INSERT INTO schema_version (version) VALUES (?)", [migration.version]);
    });
  }
  return Math.max(current, SCHEMA_VERSION);
}
