/// The little a store needs from a database driver. Statements use `?` placeholders; the
/// PostgreSQL adapter numbers them.
export interface Db {
  readonly dialect: "sqlite" | "postgres";
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /// Several statements at once (migrations).
  exec(sql: string): Promise<void>;
  /// Runs `work` in one transaction: all of it is written, or none.
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
