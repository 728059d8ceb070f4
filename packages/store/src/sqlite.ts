import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./db.ts";
import { migrate } from "./schema.ts";
import { SqlStore } from "./sql-store.ts";

/// The embedded store: one SQLite file (WAL; every commit synced before it is acknowledged).
export async function openSqliteStore(file: string): Promise<SqlStore> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = sqliteDb(sqlite);
  try {
    await migrate(db);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return new SqlStore(db);
}

function sqliteDb(sqlite: Database.Database): Db {
  let queue: Promise<unknown> = Promise.resolve();
  const db: Db = {
    dialect: "sqlite",
    // A failing statement is a rejected promise, as with PostgreSQL, never a synchronous throw.
    all: <T>(sql: string, params: readonly unknown[] = []) =>
      settle(() => sqlite.prepare(sql).all(...params) as T[]),
    run: (sql, params = []) =>
      settle(() => {
        sqlite.prepare(sql).run(...params);
      }),
    exec: (sql) =>
      settle(() => {
        sqlite.exec(sql);
      }),
    // One transaction at a time on the connection: later ones wait for the earlier to finish.
    transaction: <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
      const next = queue.then(async () => {
        sqlite.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(db);
          sqlite.exec("COMMIT");
          return result;
        } catch (error) {
          sqlite.exec("ROLLBACK");
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => {
      sqlite.close();
      return Promise.resolve();
    },
  };
  return db;
}

function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
