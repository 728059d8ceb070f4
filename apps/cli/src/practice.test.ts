// The learner's commands: settings, plan, review, exercise start/check/hint/solution, progress.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { describe, expect, it } from "vitest";
import { main } from "./index.ts";
import { captureIo } from "./testing.ts";

const NOW = new Date("2026-11-24T10:00:00Z");
const BIN = fileURLToPath(new URL("../bin/pyprep.js", import.meta.url));
const TWO_SUM = `def two_sum(nums, target):
    seen = {}
    for j, value in enumerate(nums):
        if target - value in seen:
            return (seen[target - value], j)
        seen[value] = j
`;
/// Pairs an element with itself when it is half the target.
const TWO_SUM_WRONG = `def two_sum(nums, target):
    index = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = index.get(target - value)
        if j is not None:
            return (i, j)
`;

function home() {
  const base = mkdtempSync(join(tmpdir(), "pyprep-practice-"));
  return { data: join(base, "data"), workspace: join(base, "ws"), base };
}

async function run(h: ReturnType<typeof home>, argv: string[], input?: string) {
  const io = {
    ...captureIo(h.base),
    env: { PYPREP_HOME: h.data, PYPREP_WORKSPACE: h.workspace },
    ...(input === undefined ? {} : { stdin: Readable.from([input]) }),
  };
  const code = await main(argv, io, () => NOW);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

async function storeOf(h: ReturnType<typeof home>) {
  return openSqliteStore(join(h.data, "pyprep.db"));
}

describe("pyprep settings", () => {
  it("sets and gets each key, and refuses bad keys and values without changing anything", async () => {
    const h = home();
    expect((await run(h, ["settings", "set", "interviewDate", "2027-01-15"])).code).toBe(0);
    expect((await run(h, ["settings", "set", "level", "mid"])).code).toBe(0);
    expect((await run(h, ["settings", "get", "level"])).stdout).toBe("mid\n");
    const bad = await run(h, ["settings", "set", "level", "guru"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/junior|mid|senior/);
    const unknown = await run(h, ["settings", "set", "colour", "blue"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown setting "colour"');
    expect((await run(h, ["settings", "set", "retention", "2"])).code).toBe(2);
    const all = JSON.parse((await run(h, ["settings", "get", "--json"])).stdout) as object;
    expect(all).toEqual({
      level: "mid",
      interviewDate: "2027-01-15",
      minutesPerDay: 30,
      retention: 0.9,
    });
  });
});

describe("pyprep plan and review", () => {
  it("asks for an interview date first", async () => {
    const h = home();
    const plan = await run(h, ["plan"]);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain("pyprep settings set interviewDate");
    expect((await run(h, ["review"], "")).code).toBe(2);
  });

  it("reviews today's queue from typed answers and ratings, and records them", async () => {
    const h = home();
    await run(h, ["settings", "set", "interviewDate", "2027-01-15"]);
    const plan = JSON.parse((await run(h, ["plan", "--json"])).stdout) as {
      items: { itemId: string; kind: string }[];
    };
    const first = plan.items.find((i) => i.kind !== "exercise");
    expect(first).toBeDefined();
    // An answer of each kind the queue may start with, then "4" (Easy) to override the suggestion.
    const answer = first?.kind === "mcq" ? "A" : "Some answer\nover two lines";
    const { code, stdout } = await run(h, ["review", "--limit", "1"], `${answer}\n\n4\n`);
    expect(code).toBe(0);
    expect(stdout).toContain("Model answer");
    expect(stdout).toMatch(/Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy \[Enter = \d/);
    expect(stdout).toContain("1 reviewed.");
    const store = await storeOf(h);
    const reviews = await store.reviews("local");
    const attempts = await store.attempts("local");
    await store.close();
    expect(reviews.map((r) => [r.itemId, r.rating])).toEqual([[first?.itemId, 4]]);
    expect(attempts).toHaveLength(1);
  });

  it("stops cleanly at the end of input, recording only what was finished", async () => {
    const h = home();
    await run(h, ["settings", "set", "interviewDate", "2027-01-15"]);
    const { code, stdout } = await run(h, ["review"], "");
    expect(code).toBe(0);
    expect(stdout).toContain("0 reviewed.");
    const store = await storeOf(h);
    expect(await store.reviews("local")).toEqual([]);
    await store.close();
  });
});

describe("pyprep exercise, check, hint and solution", () => {
  it("lists exercises by band and topic, and names an unknown topic", async () => {
    const h = home();
    const list = JSON.parse(
      (await run(h, ["exercise", "list", "--level", "junior", "--json"])).stdout,
    ) as { id: string; level: string }[];
    expect(list.map((e) => e.id)).toContain("two-sum");
    expect(list.every((e) => e.level === "junior")).toBe(true);
    const bad = await run(h, ["exercise", "list", "--topic", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no topic "nope"');
  });

  it("starts a folder, never overwrites the learner's work without --force", async () => {
    const h = home();
    const started = await run(h, ["exercise", "start", "two-sum"]);
    expect(started.code).toBe(0);
    const dir = join(h.workspace, "two-sum");
    for (const file of ["two_sum.py", "README.md", ".pyprep.json", "test_two_sum.py"])
      expect(existsSync(join(dir, file)), file).toBe(true);
    // Hidden tests stay in the bank.
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("pyprep check");
    writeFileSync(join(dir, "two_sum.py"), TWO_SUM);
    const again = await run(h, ["exercise", "start", "two-sum"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("add --force");
    expect(readFileSync(join(dir, "two_sum.py"), "utf8")).toBe(TWO_SUM);
    expect((await run(h, ["exercise", "start", "two-sum", "--force"])).code).toBe(0);
    expect(readFileSync(join(dir, "two_sum.py"), "utf8")).not.toBe(TWO_SUM);
    const unknown = await run(h, ["exercise", "start", "three-sum"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no exercise "three-sum"');
  });

  it.each(["native", "pyodide"])(
    "checks a folder against every test with the %s back end, records the attempt and reschedules",
    async (backend) => {
      const h = home();
      await run(h, ["exercise", "start", "two-sum"]);
      const dir = join(h.workspace, "two-sum");
      writeFileSync(join(dir, "two_sum.py"), TWO_SUM_WRONG);
      const wrong = await run(h, ["check", dir, "--backend", backend]);
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toContain("wrong answer");
      expect(wrong.stdout).toMatch(/✗ .*half_of_target/);
      writeFileSync(join(dir, "two_sum.py"), TWO_SUM);
      const right = await run(h, ["check", dir, "--backend", backend]);
      expect(right.code).toBe(0);
      expect(right.stdout).toContain(`accepted: 15 of 15 tests passed`);
      expect(right.stdout).toContain(`(${backend})`);
      // The accepted solution's growth, measured with the exercise's generator.
      expect(right.stdout).toMatch(
        /Your solution grows like O\(n\), as a good solution to this problem does \(\d+% confidence\)\.\n {2}measured: 1 → /,
      );
      const store = await storeOf(h);
      const attempts = await store.attempts("local", "two-sum");
      const reviews = await store.reviews("local");
      await store.close();
      expect(attempts.map((a) => a.verdict)).toEqual(["wrong_answer", "accepted"]);
      expect(reviews.map((r) => r.rating)).toEqual([1, 3]);
      expect(JSON.parse(readFileSync(join(dir, ".pyprep.json"), "utf8"))).toMatchObject({
        accepted: true,
      });
    },
    90_000,
  );

  it("names a missing folder, a folder without metadata, and corrupt metadata", async () => {
    const h = home();
    const missing = await run(h, ["check", join(h.base, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no folder");
    const empty = await run(h, ["check", h.base]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("not a pyprep exercise folder");
    await run(h, ["exercise", "start", "two-sum"]);
    const dir = join(h.workspace, "two-sum");
    writeFileSync(join(dir, ".pyprep.json"), "{ not json");
    const corrupt = await run(h, ["check", dir]);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toContain(".pyprep.json is corrupt");
    writeFileSync(
      join(dir, ".pyprep.json"),
      JSON.stringify({
        format: "pyprep-exercise",
        version: 1,
        exercise: "gone",
        hintsShown: 0,
        accepted: false,
        solutionShown: false,
      }),
    );
    const gone = await run(h, ["hint", dir]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('no exercise "gone"');
  });

  it("reveals hints one at a time, and the solution only when asked, as a failed attempt", async () => {
    const h = home();
    await run(h, ["exercise", "start", "two-sum"]);
    const dir = join(h.workspace, "two-sum");
    expect((await run(h, ["hint", dir])).stdout).toMatch(/^Hint 1 of \d+: /);
    expect((await run(h, ["hint", dir])).stdout).toMatch(/^Hint 2 of \d+: /);
    const refused = await run(h, ["solution", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("add --yes");
    const shown = await run(h, ["solution", dir, "--yes"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("Reference solution");
    expect(shown.stdout).toContain("def two_sum");
    const store = await storeOf(h);
    expect((await store.reviews("local")).map((r) => [r.itemId, r.rating])).toEqual([
      ["two-sum", 1],
    ]);
    await store.close();
    // Seen once, it is not counted again.
    await run(h, ["solution", dir, "--yes"]);
    const after = await storeOf(h);
    expect(await after.reviews("local")).toHaveLength(1);
    await after.close();
  });

  it("falls back to Pyodide with a note when no python3 is on PATH", () => {
    const h = home();
    const env = {
      ...process.env,
      PYPREP_HOME: h.data,
      PYPREP_WORKSPACE: h.workspace,
      PATH: mkdtempSync(join(tmpdir(), "empty-path-")),
    };
    spawnSync(process.execPath, [BIN, "exercise", "start", "two-sum"], { env, encoding: "utf8" });
    writeFileSync(join(h.workspace, "two-sum", "two_sum.py"), TWO_SUM);
    const checked = spawnSync(process.execPath, [BIN, "check", join(h.workspace, "two-sum")], {
      env,
      encoding: "utf8",
    });
    expect(checked.stderr).toContain("no python3 >= 3.10 found; running Python in Pyodide");
    expect(checked.stdout).toContain("(pyodide)");
    expect(checked.status).toBe(0);
  }, 90_000);
});

describe("pyprep progress", () => {
  it("shows readiness and due counts, as text and as JSON, from the shared store", async () => {
    const h = home();
    await run(h, ["settings", "set", "interviewDate", "2027-01-15"]);
    await run(h, ["exercise", "start", "two-sum"]);
    writeFileSync(join(h.workspace, "two-sum", "two_sum.py"), TWO_SUM);
    await run(h, ["check", join(h.workspace, "two-sum"), "--backend", "native"]);
    const text = await run(h, ["progress"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Readiness now");
    expect(text.stdout).toMatch(/junior \(0–2 y\)\s+[█░]{20}/);
    expect(text.stdout).toContain("Weakest topics");
    const json = JSON.parse((await run(h, ["progress", "--json"])).stdout) as {
      studied: number;
      reviewsDueByDay: number[];
      streak: number;
    };
    expect(json.studied).toBe(1);
    expect(json.reviewsDueByDay).toHaveLength(7);
    expect(json.streak).toBe(1);
  }, 60_000);
});
