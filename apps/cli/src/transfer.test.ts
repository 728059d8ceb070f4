import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_SETTINGS } from "@pyprep/core";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { describe, expect, it } from "vitest";
import { main } from "./index.ts";
import { captureIo } from "./testing.ts";

const NOW = new Date("2026-11-24T10:00:00.000Z");
const temp = () => mkdtempSync(join(tmpdir(), "pyprep-transfer-"));

async function run(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io, () => NOW);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe("pyprep export and import", () => {
  it("round-trips: export, import into an empty data directory, export again gives the same document", async () => {
    const source = temp();
    const store = await openSqliteStore(join(source, "pyprep.db"));
    await store.createUser("local", "local", NOW);
    await store.putSettings(
      "local",
      { ...DEFAULT_SETTINGS, level: "senior", interviewDate: "2027-03-01" },
      NOW,
    );
    await store.appendReview("local", { itemId: "lists-vs-tuples", rating: 3, reviewedAt: NOW });
    await store.putNote("local", { itemId: "lists-vs-tuples", text: "hashable!", at: NOW });
    await store.close();

    const work = temp();
    expect((await run(work, "export", "--data", source, "--out", "a.json")).code).toBe(0);
    const target = temp();
    const imported = await run(work, "import", "a.json", "--data", target);
    expect(imported).toMatchObject({ code: 0, stdout: "imported 1 reviews, 0 attempts\n" });
    const again = await run(work, "export", "--data", target);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(
      JSON.parse(readFileSync(join(work, "a.json"), "utf8")),
    );
  });

  it("refuses a malformed, foreign or newer file and changes nothing", async () => {
    const work = temp();
    const data = temp();
    writeFileSync(join(work, "broken.json"), "{not json");
    writeFileSync(join(work, "anki.json"), JSON.stringify({ format: "anki", version: 1 }));
    writeFileSync(
      join(work, "future.json"),
      JSON.stringify({ format: "pyprep-export", version: 99 }),
    );
    expect(await run(work, "import", "broken.json", "--data", data)).toMatchObject({
      code: 1,
      stderr: "pyprep: broken.json is not JSON; nothing was imported\n",
    });
    expect((await run(work, "import", "anki.json", "--data", data)).stderr).toContain(
      'not a pyprep export (format must be "pyprep-export")',
    );
    expect((await run(work, "import", "future.json", "--data", data)).stderr).toContain(
      "this export has version 99, newer than this pyprep reads (1); upgrade pyprep; nothing was imported",
    );
    const after = await run(work, "export", "--data", data);
    expect(JSON.parse(after.stdout)).toMatchObject({ reviews: [], attempts: [], settings: null });
    expect((await run(work, "import", "missing.json", "--data", data)).code).toBe(2);
  });

  it("refuses to import over existing progress", async () => {
    const data = temp();
    const store = await openSqliteStore(join(data, "pyprep.db"));
    await store.createUser("local", "local", NOW);
    await store.appendReview("local", { itemId: "q", rating: 3, reviewedAt: NOW });
    await store.close();
    const work = temp();
    await run(work, "export", "--data", data, "--out", "mine.json");
    const result = await run(work, "import", "mine.json", "--data", data);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "this learner already has progress; import only into an empty store; nothing was imported",
    );
  });
});
