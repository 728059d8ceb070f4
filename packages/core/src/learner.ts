// What a learner does, over the Store port: shared by the HTTP API and the CLI so both record
// answers, reviews and plans the same way.
import type { Bank } from "./bank.ts";
import { interviewDay, loadCards, schedulerFor } from "./export.ts";
import { grade, gradeJudged, type Answer, type Grade, type Rating } from "./grading/grade.ts";
import { itemsOf, levelRank } from "./items.ts";
import { readiness, type Readiness } from "./mastery.ts";
import { dailyPlan, type Plan } from "./plan.ts";
import type { CardState } from "./scheduling.ts";
import { DEFAULT_SETTINGS, type Settings, type Store } from "./store.ts";

const DAY_MS = 86_400_000;

export async function settingsOf(store: Store, userId: string): Promise<Settings> {
  return (await store.getSettings(userId)) ?? DEFAULT_SETTINGS;
}

/// An item id the bank does not have.
export class UnknownItemError extends Error {
  override readonly name = "UnknownItemError";
  readonly itemId: string;
  constructor(itemId: string) {
    super(`no question or exercise with id "${itemId}"`);
    this.itemId = itemId;
  }
}

/// A review older than the item's last one (clocks out of step): refused, the log stays ordered.
export class OutOfOrderReviewError extends Error {
  override readonly name = "OutOfOrderReviewError";
}

/// Records a rating: the review is appended to the log and the card it produces stored, together.
export async function recordRating(
  store: Store,
  bank: Bank,
  userId: string,
  itemId: string,
  rating: Rating,
  at: Date,
): Promise<CardState> {
  if (!itemsOf(bank).some((i) => i.id === itemId)) throw new UnknownItemError(itemId);
  const scheduler = schedulerFor(await settingsOf(store, userId));
  const before =
    (await loadCards(store, userId, scheduler)).get(itemId) ?? scheduler.newCard(itemId, at);
  if (before.lastReview !== undefined && at.getTime() < before.lastReview.getTime())
    throw new OutOfOrderReviewError("a later review of this item is already recorded");
  const card = scheduler.review(before, rating, at);
  await store.recordReview(userId, { itemId, rating, reviewedAt: at }, scheduler.toStored(card));
  return card;
}

/// Grades an answer to a question and keeps it as an attempt (throws AnswerMismatchError for an
/// answer of the wrong kind, UnknownItemError for an unknown question).
export async function recordAnswer(
  store: Store,
  bank: Bank,
  userId: string,
  questionId: string,
  answer: Answer,
  at: Date,
): Promise<Grade> {
  const question = bank.questions.find((q) => q.id === questionId);
  if (question === undefined) throw new UnknownItemError(questionId);
  const result = grade(question, answer);
  await store.addAttempt(userId, {
    itemId: question.id,
    kind: "answer",
    content: JSON.stringify(answer),
    score: result.score,
    at,
  });
  return result;
}

/// Keeps a judged exercise submission as an attempt and returns its grade.
export async function recordSubmission(
  store: Store,
  userId: string,
  exerciseId: string,
  judged: { verdict: string; passed: number; total: number; code: string },
  at: Date,
): Promise<Grade> {
  const result = gradeJudged(judged.verdict, judged.passed, judged.total);
  await store.addAttempt(userId, {
    itemId: exerciseId,
    kind: "submission",
    content: judged.code,
    score: result.score,
    verdict: judged.verdict,
    at,
  });
  return result;
}

/// Today's queue for a learner with an interview date (undefined without one).
export async function todayFor(
  store: Store,
  bank: Bank,
  userId: string,
  now: Date,
): Promise<Plan | undefined> {
  const settings = await settingsOf(store, userId);
  if (settings.interviewDate === null) return undefined;
  const scheduler = schedulerFor(settings);
  return dailyPlan({
    bank,
    level: settings.level,
    interviewDate: interviewDay(settings.interviewDate),
    minutesPerDay: settings.minutesPerDay,
    cards: await loadCards(store, userId, scheduler),
    scheduler,
    now,
  });
}

export interface ProgressSummary {
  readonly settings: Settings;
  readonly readiness: Readiness;
  readonly cards: Map<string, CardState>;
  /// Reviews due per day for the next `days` days (today first, overdue included).
  readonly reviewsDueByDay: number[];
  /// Items studied, and items of the target band and below.
  readonly studied: number;
  readonly items: number;
}

/// Readiness now and on the interview date (30 days out when none is set), and the review forecast.
export async function progressOf(
  store: Store,
  bank: Bank,
  userId: string,
  now: Date,
  days = 14,
): Promise<ProgressSummary> {
  const settings = await settingsOf(store, userId);
  const scheduler = schedulerFor(settings);
  const cards = await loadCards(store, userId, scheduler);
  const interview =
    settings.interviewDate === null
      ? new Date(now.getTime() + 30 * DAY_MS)
      : interviewDay(settings.interviewDate);
  const ready = readiness({
    bank,
    level: settings.level,
    cards,
    scheduler,
    now,
    interviewDate: interview,
  });
  const reviewsDueByDay = Array.from({ length: days }, (_, day) => {
    const end = now.getTime() + (day + 1) * DAY_MS;
    const start = day === 0 ? -Infinity : now.getTime() + day * DAY_MS;
    return [...cards.values()].filter((c) => c.due.getTime() > start && c.due.getTime() <= end)
      .length;
  });
  const target = levelRank(settings.level);
  return {
    settings,
    readiness: ready,
    cards,
    reviewsDueByDay,
    studied: cards.size,
    items: itemsOf(bank).filter((i) => levelRank(i.level) <= target).length,
  };
}
