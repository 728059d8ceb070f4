import { describe, expect, it } from "vitest";
import { activityOf } from "./index.ts";

const at = (iso: string) => new Date(iso);
const review = (iso: string, rating: 1 | 2 | 3 | 4) => ({
  itemId: "x",
  rating,
  reviewedAt: at(iso),
});

describe("activityOf", () => {
  it("counts reviews and recalls per UTC day, oldest first, ending today", () => {
    const result = activityOf(
      [
        review("2026-03-10T08:00:00Z", 3),
        review("2026-03-10T23:59:00Z", 1),
        review("2026-03-12T00:01:00Z", 2),
      ],
      at("2026-03-12T12:00:00Z"),
      3,
    );
    expect(result.days).toEqual([
      { day: "2026-03-10", reviews: 2, recalled: 1 },
      { day: "2026-03-11", reviews: 0, recalled: 0 },
      { day: "2026-03-12", reviews: 1, recalled: 1 },
    ]);
  });

  it("counts the streak up to today, or up to yesterday before today's first review", () => {
    const log = [
      review("2026-03-08T10:00:00Z", 3),
      review("2026-03-10T10:00:00Z", 3),
      review("2026-03-11T10:00:00Z", 1),
    ];
    expect(activityOf(log, at("2026-03-11T20:00:00Z")).streak).toBe(2);
    expect(activityOf(log, at("2026-03-12T08:00:00Z")).streak).toBe(2);
    expect(activityOf(log, at("2026-03-13T08:00:00Z")).streak).toBe(0);
    expect(activityOf([], at("2026-03-13T08:00:00Z")).streak).toBe(0);
  });

  it("gives the share recalled per week, null for a week without reviews", () => {
    const log = [
      review("2026-03-01T10:00:00Z", 1),
      review("2026-03-02T10:00:00Z", 3),
      review("2026-03-14T10:00:00Z", 4),
    ];
    const result = activityOf(log, at("2026-03-14T12:00:00Z"), 21);
    // Weeks: Feb 22–28 (none), Mar 1–7 (1 of 2), Mar 8–14 (1 of 1).
    expect(result.retentionByWeek).toEqual([null, 0.5, 1]);
  });
});
