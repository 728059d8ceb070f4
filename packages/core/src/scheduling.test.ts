import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ScheduleError,
  Scheduler,
  type CardState,
  type Rating,
  type ReviewLogEntry,
} from "./index.ts";

const START = new Date("2026-01-05T09:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
/// A review history: ratings with gaps between them (minutes to months).
const history = fc.array(fc.tuple(rating, fc.integer({ min: 1, max: 90 * 24 * 60 })), {
  maxLength: 25,
});

function live(
  scheduler: Scheduler,
  steps: readonly (readonly [Rating, number])[],
): { card: CardState; at: Date; logs: ReviewLogEntry[] } {
  let card = scheduler.newCard("item", START);
  let at = START;
  const logs: ReviewLogEntry[] = [];
  for (const [r, minutes] of steps) {
    at = new Date(at.getTime() + minutes * 60_000);
    card = scheduler.review(card, r, at);
    logs.push({ itemId: "item", rating: r, reviewedAt: at });
  }
  return { card, at, logs };
}

describe("Scheduler", () => {
  it("never produces NaN, negative stability or a due date before the review", () => {
    fc.assert(
      fc.property(
        history,
        rating,
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        (steps, r, minutes) => {
          const scheduler = new Scheduler();
          const { card, at } = live(scheduler, steps);
          const now = new Date(at.getTime() + minutes * 60_000);
          const next = scheduler.review(card, r, now);
          expect(Number.isFinite(next.stability) && next.stability >= 0).toBe(true);
          expect(Number.isFinite(next.difficulty)).toBe(true);
          expect(next.due.getTime()).toBeGreaterThanOrEqual(now.getTime());
          const retrievability = scheduler.retrievability(next, new Date(now.getTime() + 5 * DAY));
          expect(retrievability >= 0 && retrievability <= 1).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never schedules a better rating sooner than a worse one", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 200 * 24 * 60 }), (steps, minutes) => {
        const scheduler = new Scheduler();
        const { card, at } = live(scheduler, steps);
        const now = new Date(at.getTime() + minutes * 60_000);
        const dues = ([1, 2, 3, 4] as const).map((r) =>
          scheduler.review(card, r, now).due.getTime(),
        );
        for (let i = 1; i < dues.length; i += 1)
          expect(dues[i]).toBeGreaterThanOrEqual(dues[i - 1] ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it("rebuilds the same card from the review log as live reviews gave", () => {
    fc.assert(
      fc.property(history, (steps) => {
        const scheduler = new Scheduler();
        const { card, logs } = live(scheduler, steps);
        const replayed = scheduler.replay("item", [...logs].reverse(), START);
        expect(replayed.due.getTime()).toBe(card.due.getTime());
        expect(replayed.stability).toBe(card.stability);
        expect(replayed.reps).toBe(card.reps);
      }),
      { numRuns: 150 },
    );
  });

  it("stores a card as JSON and reads back the same card", () => {
    fc.assert(
      fc.property(history, (steps) => {
        const scheduler = new Scheduler();
        const { card } = live(scheduler, steps);
        const stored = JSON.parse(JSON.stringify(scheduler.toStored(card))) as {
          itemId: string;
          state: unknown;
        };
        expect(scheduler.fromStored(stored.itemId, stored.state)).toEqual(card);
      }),
      { numRuns: 100 },
    );
  });

  it("schedules nothing past the day before the interview", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 3, max: 120 }), (steps, daysToInterview) => {
        const interviewDate = new Date(START.getTime() + daysToInterview * DAY);
        const scheduler = new Scheduler({ interviewDate });
        let card = scheduler.newCard("item", START);
        let at = START;
        for (const [r, minutes] of steps) {
          const next = new Date(at.getTime() + minutes * 60_000);
          if (next.getTime() >= interviewDate.getTime() - DAY) break;
          at = next;
          card = scheduler.review(card, r, at);
          expect(card.due.getTime()).toBeLessThanOrEqual(interviewDate.getTime() - DAY);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("raises desired retention as the interview nears", () => {
    const interviewDate = new Date(START.getTime() + 30 * DAY);
    const scheduler = new Scheduler({
      retention: 0.9,
      finalRetention: 0.96,
      rampDays: 14,
      interviewDate,
    });
    expect(scheduler.retentionAt(START)).toBe(0.9);
    expect(scheduler.retentionAt(new Date(interviewDate.getTime() - 7 * DAY))).toBe(0.93);
    expect(scheduler.retentionAt(interviewDate)).toBe(0.96);
  });

  it("gives a well-known card a longer interval than a forgotten one", () => {
    const scheduler = new Scheduler();
    const good = live(scheduler, [
      [3, 10],
      [3, 60 * 24],
      [3, 60 * 24 * 3],
    ]).card;
    const forgotten = live(scheduler, [
      [3, 10],
      [3, 60 * 24],
      [1, 60 * 24 * 3],
    ]).card;
    expect(good.due.getTime()).toBeGreaterThan(forgotten.due.getTime());
    expect(forgotten.lapses).toBe(1);
  });

  it("refuses a review dated before the card's last one, and a bad rating", () => {
    const scheduler = new Scheduler();
    const card = scheduler.review(
      scheduler.newCard("x", START),
      3,
      new Date(START.getTime() + DAY),
    );
    expect(() => scheduler.review(card, 3, START)).toThrow(ScheduleError);
    expect(() => scheduler.review(card, 5 as Rating, new Date(START.getTime() + 2 * DAY))).toThrow(
      "rating must be 1 to 4",
    );
  });

  it("refuses a desired retention outside (0.5, 1)", () => {
    expect(() => new Scheduler({ retention: 1.2 })).toThrow(RangeError);
  });
});
