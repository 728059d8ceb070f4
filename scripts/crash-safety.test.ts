import { describe, expect, it } from "vitest";
import { crashSafety } from "./crash-safety.ts";

// A short run of the crash-safety check (the full one: npm run crash); see scripts/crash-safety.ts.
describe("the SQLite store under SIGKILL", () => {
  it("keeps every acknowledged write and passes its integrity check", async () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const report = await crashSafety({ kills: 5, random });
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
    expect(report.integrity).toBe("ok");
  }, 120_000);
});
