import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Scheduler,
  allPrerequisites,
  assembleMock,
  dailyPlan,
  gradeKeyPoints,
  itemsOf,
  readiness,
  scoreMock,
  topicMastery,
  type CardState,
  type Level,
} from "./index.ts";
import { syntheticBank } from "./testing.ts";

const NOW = new Date("2026-03-02T08:00:00Z");
const DAY = 86_400_000;
const bank = syntheticBank({ areas: 4, topicsPerArea: 6, itemsPerTopic: 3 });
const items = itemsOf(bank);
const topics = bank.areas.flatMap((a) => a.topics);

/// Cards for `ids`, each reviewed once `daysAgo` days ago with `rating`.
function studied(
  scheduler: Scheduler,
  ids: readonly string[],
  daysAgo: number,
  rating: 1 | 2 | 3 | 4 = 3,
) {
  const cards = new Map<string, CardState>();
  const at = new Date(NOW.getTime() - daysAgo * DAY);
  for (const id of ids) cards.set(id, scheduler.review(scheduler.newCard(id, at), rating, at));
  return cards;
}

describe("dailyPlan", () => {
  it("starts a new learner on the topics without prerequisites, across areas", () => {
    const scheduler = new Scheduler();
    const plan = dailyPlan({
      bank,
      level: "senior",
      interviewDate: new Date(NOW.getTime() + 30 * DAY),
      minutesPerDay: 60,
      cards: new Map(),
      scheduler,
      now: NOW,
    });
    expect(plan.due).toBe(0);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.every((i) => i.reason === "new")).toBe(true);
    expect(new Set(plan.items.map((i) => i.topic))).toEqual(new Set(["a0-t0"]));
    expect(plan.coverage.newItemsLeft).toBe(items.length);
  });

  it("puts due reviews first, most overdue first", () => {
    const scheduler = new Scheduler();
    const early = studied(scheduler, ["a0-t0-q0"], 40);
    const late = studied(scheduler, ["a0-t0-q1"], 5);
    const cards = new Map([...early, ...late]);
    const plan = dailyPlan({
      bank,
      level: "junior",
      interviewDate: new Date(NOW.getTime() + 30 * DAY),
      minutesPerDay: 30,
      cards,
      scheduler,
      now: NOW,
    });
    expect(plan.items.slice(0, 2).map((i) => [i.itemId, i.reason])).toEqual([
      ["a0-t0-q0", "due"],
      ["a0-t0-q1", "due"],
    ]);
  });

  it("only plans items of the target band and below", () => {
    const scheduler = new Scheduler();
    const plan = dailyPlan({
      bank,
      level: "junior",
      interviewDate: new Date(NOW.getTime() + 3 * DAY),
      minutesPerDay: 600,
      cards: new Map(),
      scheduler,
      now: NOW,
    });
    const levels = new Map(items.map((i) => [i.id, i.level]));
    expect(plan.items.every((i) => levels.get(i.itemId) === "junior")).toBe(true);
  });

  it("says when the time is too short", () => {
    const scheduler = new Scheduler();
    const plan = dailyPlan({
      bank,
      level: "senior",
      interviewDate: new Date(NOW.getTime() + 4 * DAY),
      minutesPerDay: 5,
      cards: new Map(),
      scheduler,
      now: NOW,
    });
    expect(plan.coverage.feasible).toBe(false);
    expect(plan.coverage.message).toMatch(
      /^Too little time: covering the band needs about \d+ minutes a day, you have 5\.$/,
    );
  });

  const scenario = fc.record({
    level: fc.constantFrom<Level>("junior", "mid", "senior"),
    days: fc.integer({ min: 1, max: 120 }),
    minutes: fc.integer({ min: 0, max: 180 }),
    studiedCount: fc.integer({ min: 0, max: items.length }),
    daysAgo: fc.integer({ min: 0, max: 60 }),
    rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
  });

  it("never plans an item before its topic's prerequisites are known, and respects the minutes", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const scheduler = new Scheduler();
        const cards = studied(
          scheduler,
          items.slice(0, s.studiedCount).map((i) => i.id),
          s.daysAgo,
          s.rating,
        );
        const plan = dailyPlan({
          bank,
          level: s.level,
          interviewDate: new Date(NOW.getTime() + s.days * DAY),
          minutesPerDay: s.minutes,
          cards,
          scheduler,
          now: NOW,
        });
        expect(plan.minutes).toBeLessThanOrEqual(s.minutes);
        expect(plan.items.reduce((a, i) => a + i.minutes, 0)).toBeCloseTo(plan.minutes, 5);
        const mastery = new Map(
          topicMastery({ bank, cards, scheduler, at: NOW }).map((t) => [t.topic, t]),
        );
        for (const item of plan.items.filter((i) => i.reason === "new")) {
          expect(cards.has(item.itemId)).toBe(false);
          for (const pre of allPrerequisites(topics, item.topic)) {
            const m = mastery.get(pre);
            if (m === undefined) continue;
            expect(m.seen).toBe(m.items);
          }
        }
        expect(new Set(plan.items.map((i) => i.itemId)).size).toBe(plan.items.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe("mastery and readiness", () => {
  it("counts never-seen material as not known", () => {
    const scheduler = new Scheduler();
    const result = readiness({
      bank,
      level: "senior",
      cards: new Map(),
      scheduler,
      now: NOW,
      interviewDate: new Date(NOW.getTime() + 10 * DAY),
    });
    expect(result.byLevel).toEqual({ junior: 0, mid: 0, senior: 0 });
    expect(result.weakest.map((w) => w.why)).toEqual([
      "never studied",
      "never studied",
      "never studied",
    ]);
  });

  it("rises with study and falls towards the interview date without reviews", () => {
    const scheduler = new Scheduler();
    const juniorItems = items.filter((i) => i.level === "junior").map((i) => i.id);
    const cards = studied(scheduler, juniorItems, 0);
    const result = readiness({
      bank,
      level: "junior",
      cards,
      scheduler,
      now: NOW,
      interviewDate: new Date(NOW.getTime() + 60 * DAY),
    });
    expect(result.byLevel.junior).toBeGreaterThan(90);
    expect(result.projected.byLevel.junior).toBeLessThan(result.byLevel.junior);
    expect(result.byLevel.senior).toBeLessThan(result.byLevel.junior);
    expect(result.byArea.map((a) => a.area)).toEqual(["a0", "a1", "a2", "a3"]);
  });

  it("names the weakest topics and why", () => {
    const scheduler = new Scheduler();
    const cards = studied(
      scheduler,
      items.filter((i) => i.level === "junior").map((i) => i.id),
      0,
    );
    cards.delete("a1-t0-q0");
    const result = readiness({
      bank,
      level: "junior",
      cards,
      scheduler,
      now: NOW,
      interviewDate: new Date(NOW.getTime() + 10 * DAY),
    });
    expect(result.weakest[0]).toMatchObject({
      topic: "a1-t0",
      why: "1 of 3 items not studied yet",
    });
  });
});

describe("mock interviews", () => {
  const mockInput = fc.record({
    level: fc.constantFrom<Level>("junior", "mid", "senior"),
    minutes: fc.integer({ min: 1, max: 120 }),
    seed: fc.integer(),
  });

  it("never repeats an item, fits the time and matches the band", () => {
    fc.assert(
      fc.property(mockInput, (m) => {
        const session = assembleMock({ bank, ...m });
        expect(new Set(session.questions.map((q) => q.itemId)).size).toBe(session.questions.length);
        expect(session.questions.reduce((a, q) => a + q.limitMinutes, 0)).toBeLessThanOrEqual(
          m.minutes,
        );
        const levels = new Map(items.map((i) => [i.id, i.level]));
        const rank = { junior: 0, mid: 1, senior: 2 };
        for (const q of session.questions) {
          const level = levels.get(q.itemId) ?? "junior";
          expect(rank[m.level] - rank[level]).toBeGreaterThanOrEqual(0);
          expect(rank[m.level] - rank[level]).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is the same for the same seed and covers several areas", () => {
    const a = assembleMock({ bank, level: "mid", minutes: 45, seed: 7 });
    const b = assembleMock({ bank, level: "mid", minutes: 45, seed: 7 });
    expect(a).toEqual(b);
    expect(new Set(a.questions.map((q) => q.area)).size).toBeGreaterThan(1);
  });

  it("reports scores per area, missed key points and topics to revisit", () => {
    const session = assembleMock({
      bank,
      level: "junior",
      minutes: 20,
      seed: 3,
      mix: { concept: 1 },
    });
    const [first, second] = session.questions;
    if (first === undefined || second === undefined) throw new Error("expected two questions");
    const points = [
      { text: "one", phrases: ["one"] },
      { text: "two", phrases: ["two"] },
    ];
    const report = scoreMock(session, [
      { itemId: first.itemId, grade: gradeKeyPoints(points, "one and two"), seconds: 100 },
      { itemId: second.itemId, grade: gradeKeyPoints(points, "only one"), seconds: 400 },
    ]);
    expect(report.questions[0]).toMatchObject({ score: 1, missed: [], overTime: false });
    expect(report.questions[1]).toMatchObject({ score: 0.5, missed: ["two"], overTime: true });
    expect(report.revisit).toContain(second.topics[0]);
    expect(report.totalSeconds).toBe(500);
  });
});
