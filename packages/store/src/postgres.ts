import pg from "pg";
import type { Db } from "./db.ts";
import { migrate } from "./schema.ts";
import { SqlStore } from "./sql-store.ts";

/// The store for many learners: PostgreSQL at `url` (a `postgres://` DATABASE_URL).
export async function openPostgresStore(
  url: string,
  options: { max?: number } = {},
): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const db = poolDb(pool);
  try {
    await migrate(db);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new SqlStore(db);
}

/// `?` placeholders become `$1, $2, …` (none of our statements has a `?` inside a string).
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${String(++n)}`);
};

function clientDb(
  client: pg.PoolClient | pg.Pool,
  transaction: Db["transaction"],
  close: Db["close"],
): Db {
  return {
    dialect: "postgres",
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(numbered(sql), [...params])).rows as T[],
    run: async (sql, params = []) => {
      await client.query(numbered(sql), [...params]);
    },
    exec: async (sql) => {
      await client.query(sql);
    },
    transaction,
    close,
  };
}

function poolDb(pool: pg.Pool): Db {
  const transaction = async <T>(work: (tx: Db) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const tx = clientDb(
        client,
        () => Promise.reject(new Error("nested transactions are not supported")),
        () => Promise.resolve(),
      );
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
  return clientDb(pool, transaction, () => pool.end());
}
