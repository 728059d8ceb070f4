import { describe, expect, it } from "vitest";
import { main } from "./index.ts";
import { captureIo } from "./testing.ts";

const NOW = new Date("2026-11-24T10:00:00Z");

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io, () => NOW);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe("pyprep grade", () => {
  it("prints score, rating and key points as JSON", async () => {
    const { code, stdout } = await run(
      "grade",
      "--question",
      "four-pillars-of-oop",
      "--answer",
      "Encapsulation bundles data with methods and hides state; abstraction hides the implementation behind a simple interface; " +
        "inheritance lets a subclass reuse a parent class; polymorphism means one interface, many forms, via duck typing. " +
        "Python has no private keyword: privacy is by convention with an underscore.",
      "--json",
    );
    const result = JSON.parse(stdout) as {
      score: number;
      rating: number;
      keyPoints: { text: string; hit: boolean }[];
    };
    expect(result.score).toBe(1);
    expect(result.rating).toBe(3);
    expect(result.keyPoints.every((k) => k.hit)).toBe(true);
    expect(code).toBe(0);
  });

  it("shows missed points and exits 1 below Good", async () => {
    const { code, stdout } = await run(
      "grade",
      "--question",
      "four-pillars-of-oop",
      "--answer",
      "Inheritance, I think.",
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Score 20% — suggested rating: Hard \(2\)/);
    expect(stdout).toContain(
      "✗ Encapsulation bundles data with its methods and hides internal state.",
    );
    expect(stdout).toContain("Model answer:");
  });

  it("names a stated misconception, its correction and why the suggestion is lower", async () => {
    const strong = await run(
      "grade",
      "--question",
      "explain-the-gil",
      "--answer",
      "The GIL is a mutex so only one thread runs bytecode at a time; it protects reference counts. CPU-bound threads don't run in parallel so use multiprocessing, and I/O-bound threads still help because blocking I/O releases the GIL. Free-threaded builds exist since 3.13. Threads run on multiple cores though.",
    );
    expect(strong.stdout).toMatch(/^Score 67% — suggested rating: Hard \(2\)/);
    expect(strong.stdout).toMatch(/! A common misconception: "Threads run on multiple cores" — /);
    expect(strong.stdout).toContain("the rest of the answer is strong, so the suggestion is Hard.");
    const weak = await run(
      "grade",
      "--question",
      "explain-the-gil",
      "--answer",
      "Only one thread runs at a time, but threads run on multiple cores anyway.",
    );
    expect(weak.stdout).toMatch(/suggested rating: Again \(1\)/);
    expect(weak.stdout).toContain(
      "A false claim brings the question back soon, so the suggestion is Again.",
    );
  });

  it("exits 2 for an unknown question or a missing answer", async () => {
    const unknown = await run("grade", "--question", "no-such-question", "--answer", "x");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no question with id "no-such-question"');
    const missing = await run("grade", "--question", "four-pillars-of-oop");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("exactly one of --answer TEXT or --answer-file FILE");
  });
});

describe("pyprep plan", () => {
  it("plans a first day of new items over an empty history", async () => {
    const { code, stdout } = await run(
      "plan",
      "--level",
      "mid",
      "--date",
      "2027-01-20",
      "--minutes",
      "45",
      "--json",
    );
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      items: { reason: string; minutes: number }[];
      minutes: number;
      due: number;
      coverage: { daysLeft: number; feasible: boolean; message: string };
    };
    expect(plan.due).toBe(0);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.every((i) => i.reason === "new")).toBe(true);
    expect(plan.minutes).toBeLessThanOrEqual(45);
    expect(plan.coverage.daysLeft).toBe(57);
  });

  it("prints a readable plan", async () => {
    const { code, stdout } = await run(
      "plan",
      "--level",
      "junior",
      "--date",
      "2026-12-24",
      "--minutes",
      "30",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Today: \d+ items, about \d+ of 30 minutes \(0 due, \d+ new\)/);
    expect(stdout).toContain("days to go");
  });

  it("exits 2 on a bad level, date or minutes", async () => {
    expect(
      (await run("plan", "--level", "guru", "--date", "2027-01-20", "--minutes", "45")).code,
    ).toBe(2);
    const date = await run("plan", "--level", "mid", "--date", "2027-02-30", "--minutes", "45");
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("--date must be a date as YYYY-MM-DD, got 2027-02-30");
    const past = await run("plan", "--level", "mid", "--date", "2026-01-01", "--minutes", "45");
    expect(past.stderr).toContain("--date must be in the future");
    const minutes = await run(
      "plan",
      "--level",
      "mid",
      "--date",
      "2027-01-20",
      "--minutes",
      "lots",
    );
    expect(minutes.code).toBe(2);
  });
});
