import { randomBytes } from "node:crypto";
import pg from "pg";

/// A fresh PostgreSQL database for a test, made through PYPREP_TEST_POSTGRES_URL (a role that may
/// create databases); undefined when that is not set.
export async function freshDatabase(): Promise<string | undefined> {
  const admin = process.env.PYPREP_TEST_POSTGRES_URL;
  if (admin === undefined || admin === "") return undefined;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const name = `pyprep_test_${randomBytes(6).toString("hex")}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
