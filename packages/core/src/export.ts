import { EXPORT_VERSION, type ExportData, type Store } from "./store.ts";

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
