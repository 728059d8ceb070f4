import { LEVELS, type Bank, type Level, type Question } from "./bank.ts";

/// Everything a learner can be scheduled on: questions, and exercises. A `code` or `debug` question
/// that names an exercise is practised through that exercise, so it is not an item of its own.
export type ItemKind = Question["kind"] | "exercise";

export interface Item {
  readonly id: string;
  readonly kind: ItemKind;
  /// For exercises: `code` or `debug`.
  readonly exerciseKind?: "code" | "debug";
  readonly level: Level;
  readonly topics: readonly string[];
  /// The area of the first topic.
  readonly area: string;
}

/// Minutes a first attempt takes, by kind; a review takes REVIEW_FACTOR of it.
export const MINUTES: Readonly<Record<ItemKind | "debug-exercise", number>> = {
  concept: 3,
  mcq: 1,
  "predict-output": 2,
  code: 15,
  debug: 10,
  review: 6,
  design: 12,
  exercise: 15,
  "debug-exercise": 10,
};
export const REVIEW_FACTOR = 0.6;

export function minutesFor(item: Item, review: boolean): number {
  const base =
    item.kind === "exercise" && item.exerciseKind === "debug"
      ? MINUTES["debug-exercise"]
      : MINUTES[item.kind];
  return review ? Math.round(base * REVIEW_FACTOR * 10) / 10 : base;
}

export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/// The bank's items in learning order (area order, then topic order, then file order).
export function itemsOf(bank: Bank): Item[] {
  const areaOf = new Map<string, string>();
  const topicOrder = new Map<string, number>();
  for (const area of bank.areas) {
    for (const topic of area.topics) {
      areaOf.set(topic.id, area.id);
      topicOrder.set(topic.id, topicOrder.size);
    }
  }
  const exercises = new Set(bank.exercises.map((e) => e.id));
  const items: Item[] = [];
  for (const q of bank.questions) {
    if ((q.kind === "code" || q.kind === "debug") && exercises.has(q.exercise)) continue;
    items.push({
      id: q.id,
      kind: q.kind,
      level: q.level,
      topics: q.topics,
      area: areaOf.get(q.topics[0] ?? "") ?? "",
    });
  }
  for (const e of bank.exercises) {
    items.push({
      id: e.id,
      kind: "exercise",
      exerciseKind: e.kind,
      level: e.level,
      topics: e.topics,
      area: areaOf.get(e.topics[0] ?? "") ?? "",
    });
  }
  const order = (item: Item) => topicOrder.get(item.topics[0] ?? "") ?? Number.MAX_SAFE_INTEGER;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => order(a.item) - order(b.item) || a.i - b.i)
    .map((x) => x.item);
}
