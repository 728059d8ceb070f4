import type { Bank, Level } from "./bank.ts";
import { itemsOf, levelRank, minutesFor, type Item } from "./items.ts";
import { topicMastery } from "./mastery.ts";
import type { CardState, Scheduler } from "./scheduling.ts";

export interface PlanInput {
  readonly bank: Bank;
  readonly level: Level;
  readonly interviewDate: Date;
  readonly minutesPerDay: number;
  /// Current cards by item id (replayed from the review log); items without a card are new.
  readonly cards: ReadonlyMap<string, CardState>;
  readonly scheduler: Scheduler;
  readonly now: Date;
}

export interface PlannedItem {
  readonly itemId: string;
  readonly kind: Item["kind"];
  readonly reason: "due" | "new";
  readonly minutes: number;
  readonly topic: string;
  readonly area: string;
}

export interface Plan {
  readonly items: PlannedItem[];
  readonly minutes: number;
  readonly due: number;
  /// Due reviews that did not fit today's minutes.
  readonly dueLeftOver: number;
  readonly coverage: {
    readonly daysLeft: number;
    /// Topics of the target band and below that have items, and how many of them are started.
    readonly topics: number;
    readonly topicsStarted: number;
    readonly newItemsLeft: number;
    /// Estimated minutes to introduce every remaining item and review it before the date.
    readonly minutesNeeded: number;
    readonly minutesAvailable: number;
    readonly feasible: boolean;
    readonly message: string;
  };
}

/// A new item is learnt once and reviewed about this many times before an interview.
const REVIEWS_PER_NEW_ITEM = 3;
/// A topic counts as known, for unlocking the topics after it, from this mastery on.
const KNOWN = 0.5;
/// The last days before the interview are for reviews only.
const REVIEW_ONLY_DAYS = 2;
const DAY_MS = 86_400_000;

/// Today's queue: due reviews first (most overdue relative to their stability, then lower bands
/// first), then new items from the outer fringe of the prerequisite graph, taken area by area in
/// turn, in learning order, at the pace that covers the band before the date — all within the
/// minutes available.
export function dailyPlan(input: PlanInput): Plan {
  const { bank, now } = input;
  const target = levelRank(input.level);
  const items = itemsOf(bank).filter((item) => levelRank(item.level) <= target);
  const endOfDay = new Date(now.getTime() + DAY_MS);
  const daysLeft = Math.max(0, Math.ceil((input.interviewDate.getTime() - now.getTime()) / DAY_MS));
  const budget = Math.max(0, input.minutesPerDay);

  // 1. Due reviews.
  const dueItems = items
    .map((item) => ({ item, card: input.cards.get(item.id) }))
    .filter(
      (x): x is { item: Item; card: CardState } =>
        x.card?.lastReview !== undefined && x.card.due.getTime() <= endOfDay.getTime(),
    )
    .map(({ item, card }) => ({
      item,
      overdue: (now.getTime() - card.due.getTime()) / DAY_MS / Math.max(1, card.stability),
    }))
    .sort((a, b) => b.overdue - a.overdue || levelRank(a.item.level) - levelRank(b.item.level));
  const queue: PlannedItem[] = [];
  let used = 0;
  let dueLeftOver = 0;
  for (const { item } of dueItems) {
    const minutes = minutesFor(item, true);
    if (used + minutes > budget) {
      dueLeftOver += 1;
      continue;
    }
    queue.push(planned(item, "due", minutes));
    used += minutes;
  }

  // 2. New items whose topic's prerequisites are known.
  const mastery = new Map(
    topicMastery({ bank, cards: input.cards, scheduler: input.scheduler, at: now }).map((t) => [
      t.topic,
      t,
    ]),
  );
  const topics = bank.areas.flatMap((a) => a.topics);
  const known = (topic: string): boolean => {
    const m = mastery.get(topic);
    // A topic without items has nothing to learn: it never blocks.
    return m === undefined || (m.seen === m.items && m.mastery >= KNOWN);
  };
  const prerequisites = new Map(topics.map((t) => [t.id, t.prerequisites]));
  const unlocked = (item: Item) =>
    item.topics.every((topic) => (prerequisites.get(topic) ?? []).every(known));
  const fresh = items.filter((item) => input.cards.get(item.id)?.lastReview === undefined);
  const newMinutesNeeded = fresh.reduce(
    (sum, item) => sum + minutesFor(item, false) + REVIEWS_PER_NEW_ITEM * minutesFor(item, true),
    0,
  );
  const learningDays = Math.max(1, daysLeft - REVIEW_ONLY_DAYS);
  const pace = daysLeft <= REVIEW_ONLY_DAYS ? 0 : Math.ceil(fresh.length / learningDays);
  const byArea = new Map<string, Item[]>();
  for (const item of fresh.filter(unlocked)) {
    const list = byArea.get(item.area);
    if (list === undefined) byArea.set(item.area, [item]);
    else list.push(item);
  }
  let added = 0;
  const areaQueues = [...byArea.values()];
  while (added < pace && areaQueues.some((q) => q.length > 0)) {
    let progressed = false;
    for (const areaQueue of areaQueues) {
      if (added >= pace) break;
      const index = areaQueue.findIndex((item) => used + minutesFor(item, false) <= budget);
      if (index < 0) {
        areaQueue.length = 0;
        continue;
      }
      const [item] = areaQueue.splice(index, 1);
      if (item === undefined) continue;
      const minutes = minutesFor(item, false);
      queue.push(planned(item, "new", minutes));
      used += minutes;
      added += 1;
      progressed = true;
    }
    if (!progressed) break;
  }

  // 3. Can the band be covered by the date?
  const withItems = topics.filter((t) => levelRank(t.level) <= target && mastery.has(t.id));
  const started = withItems.filter((t) => (mastery.get(t.id)?.seen ?? 0) > 0).length;
  const minutesAvailable = budget * daysLeft;
  const reviewLoad = dueItems.length * 1.0;
  const minutesNeeded = Math.round(newMinutesNeeded + reviewLoad);
  const feasible =
    minutesNeeded <= minutesAvailable && (fresh.length === 0 || daysLeft > REVIEW_ONLY_DAYS);
  const perDay =
    learningDays > 0 ? Math.ceil(minutesNeeded / Math.max(1, daysLeft)) : minutesNeeded;
  const message =
    fresh.length === 0
      ? "Every item of the band has been introduced: keep up with the reviews."
      : feasible
        ? `On track: ${fresh.length} new items over ${learningDays} days, about ${pace} a day.`
        : daysLeft <= REVIEW_ONLY_DAYS
          ? `Too little time: the interview is in ${daysLeft} day(s); only reviews are planned, ${fresh.length} items stay unseen.`
          : `Too little time: covering the band needs about ${perDay} minutes a day, you have ${budget}.`;

  return {
    items: queue,
    minutes: Math.round(used * 10) / 10,
    due: dueItems.length,
    dueLeftOver,
    coverage: {
      daysLeft,
      topics: withItems.length,
      topicsStarted: started,
      newItemsLeft: fresh.length,
      minutesNeeded,
      minutesAvailable,
      feasible,
      message,
    },
  };
}

function planned(item: Item, reason: "due" | "new", minutes: number): PlannedItem {
  return {
    itemId: item.id,
    kind: item.kind,
    reason,
    minutes,
    topic: item.topics[0] ?? "",
    area: item.area,
  };
}
