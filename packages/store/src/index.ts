export { SqlStore } from "./sql-store.ts";
export { MIGRATIONS, SCHEMA_VERSION, migrate } from "./schema.ts";
export type { Db } from "./db.ts";
