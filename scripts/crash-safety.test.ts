import { describe, expect, it } from "vitest";
import { crashSafety } from "./crash-safety.ts";
import { freshDatabase } from "./testing-postgres.ts";

// Short runs of the crash-safety check (the full one: npm run crash); see scripts/crash-safety.ts.
const seeded = () => {
  let seed = 7;
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
};

describe("the store under SIGKILL", () => {
  it("keeps every acknowledged write on SQLite and passes its integrity check", async () => {
    const report = await crashSafety({ kills: 5, random: seeded() });
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
    expect(report.integrity).toBe("ok");
  }, 120_000);

  it.skipIf(process.env.PYPREP_TEST_POSTGRES_URL === undefined)(
    "keeps every acknowledged write on PostgreSQL",
    async () => {
      const databaseUrl = await freshDatabase();
      const report = await crashSafety({
        kills: 3,
        random: seeded(),
        ...(databaseUrl === undefined ? {} : { databaseUrl }),
      });
      expect(report.acknowledged).toBeGreaterThan(0);
      expect(report.missing).toEqual([]);
    },
    120_000,
  );
});
