import { Scheduler, type CardState } from "./scheduling.ts";
import { EXPORT_VERSION, type ExportData, type Settings, type Store } from "./store.ts";

/// Interviews are taken to be on the morning of their date: 09:00 UTC.
export function interviewDay(date: string): Date {
  return new Date(`${date}T09:00:00Z`);
}

/// The scheduler a learner's settings call for: their desired retention, rising towards their
/// interview date when one is set.
export function schedulerFor(settings: Settings): Scheduler {
  return new Scheduler({
    retention: settings.retention,
    ...(settings.interviewDate === null
      ? {}
      : { interviewDate: interviewDay(settings.interviewDate) }),
  });
}

/// Everything the store holds for one learner, as a versioned document. Exporting, importing into
/// an empty store and exporting again gives the same document (apart from `exportedAt`).
export async function exportLearner(store: Store, userId: string, at: Date): Promise<ExportData> {
  const [settings, reviews, attempts, mocks, notes, bookmarks] = await Promise.all([
    store.getSettings(userId),
    store.reviews(userId),
    store.attempts(userId),
    store.mocks(userId),
    store.notes(userId),
    store.bookmarks(userId),
  ]);
  return {
    format: "pyprep-export",
    version: EXPORT_VERSION,
    exportedAt: at.toISOString(),
    settings: settings ?? null,
    reviews: reviews.map((r) => ({
      itemId: r.itemId,
      rating: r.rating,
      reviewedAt: r.reviewedAt.toISOString(),
    })),
    attempts: attempts.map((a) => ({
      itemId: a.itemId,
      kind: a.kind,
      content: a.content,
      score: a.score,
      ...(a.verdict === undefined ? {} : { verdict: a.verdict }),
      at: a.at.toISOString(),
    })),
    mocks: mocks.map((m) => ({
      id: m.id,
      session: m.session,
      ...(m.report === undefined ? {} : { report: m.report }),
      at: m.at.toISOString(),
    })),
    notes: notes.map((n) => ({ itemId: n.itemId, text: n.text, at: n.at.toISOString() })),
    bookmarks: bookmarks.map((b) => ({ itemId: b.itemId, at: b.at.toISOString() })),
  };
}

/// Recomputes a learner's cards from the review log and stores them: after an import, or when the
/// scheduling settings change. Returns the cards by item id.
export async function rebuildCards(
  store: Store,
  userId: string,
  scheduler: Scheduler,
): Promise<Map<string, CardState>> {
  const cards = scheduler.replayAll(await store.reviews(userId));
  await store.replaceCards(
    userId,
    [...cards.values()].map((card) => scheduler.toStored(card)),
  );
  return cards;
}

/// A learner's current cards from the store (rebuilt from the log if the store has none yet).
export async function loadCards(
  store: Store,
  userId: string,
  scheduler: Scheduler,
): Promise<Map<string, CardState>> {
  const stored = await store.cards(userId);
  if (stored.length === 0) {
    const reviews = await store.reviews(userId);
    if (reviews.length > 0) return rebuildCards(store, userId, scheduler);
  }
  return new Map(stored.map((s) => [s.itemId, scheduler.fromStored(s.itemId, s.state)]));
}
