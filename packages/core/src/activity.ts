import type { ReviewLogEntry } from "./scheduling.ts";

export interface DayActivity {
  /// The UTC day, YYYY-MM-DD.
  readonly day: string;
  readonly reviews: number;
  /// Reviews rated Hard or better: the item was recalled.
  readonly recalled: number;
}

export interface Activity {
  /// One entry per day, oldest first, ending today; days without reviews included.
  readonly days: DayActivity[];
  /// Consecutive days with at least one review, ending today (or yesterday, when today has none yet).
  readonly streak: number;
  /// Share of reviews recalled per week (7-day windows ending today), oldest first; null for a week
  /// without reviews.
  readonly retentionByWeek: (number | null)[];
}

const DAY_MS = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/// A learner's activity over the last `days` days from the review log: reviews per day, the
/// current streak, and retention (share recalled) per week.
export function activityOf(reviews: readonly ReviewLogEntry[], now: Date, days = 182): Activity {
  const counts = new Map<string, { reviews: number; recalled: number }>();
  for (const review of reviews) {
    const key = dayOf(review.reviewedAt);
    const entry = counts.get(key) ?? { reviews: 0, recalled: 0 };
    entry.reviews += 1;
    if (review.rating >= 2) entry.recalled += 1;
    counts.set(key, entry);
  }
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const list: DayActivity[] = [];
  for (let i = days - 1; i >= 0; i -= 1) {
    const day = dayOf(new Date(today - i * DAY_MS));
    const entry = counts.get(day);
    list.push({ day, reviews: entry?.reviews ?? 0, recalled: entry?.recalled ?? 0 });
  }
  let streak = 0;
  const reviewed = (offset: number) =>
    (counts.get(dayOf(new Date(today - offset * DAY_MS)))?.reviews ?? 0) > 0;
  for (let offset = reviewed(0) ? 0 : 1; reviewed(offset); offset += 1) streak += 1;
  const retentionByWeek: (number | null)[] = [];
  for (let end = list.length; end > 0; end -= 7) {
    const week = list.slice(Math.max(0, end - 7), end);
    const total = week.reduce((a, d) => a + d.reviews, 0);
    const recalled = week.reduce((a, d) => a + d.recalled, 0);
    retentionByWeek.unshift(total === 0 ? null : recalled / total);
  }
  return { days: list, streak, retentionByWeek };
}
