import { LEVELS, type Bank, type Level } from "./bank.ts";
import { itemsOf, levelRank, type Item } from "./items.ts";
import type { CardState, Scheduler } from "./scheduling.ts";

/// How well one item is held at a moment: its retrievability, halved while its last review was a
/// failure (rated Again). An item never reviewed counts 0.
export function itemMastery(
  card: CardState | undefined,
  scheduler: Scheduler,
  at: Date,
  lastRating?: number,
): number {
  if (card?.lastReview === undefined) return 0;
  const r = scheduler.retrievability(card, at);
  return lastRating === 1 ? r / 2 : r;
}

export interface TopicMastery {
  readonly topic: string;
  readonly area: string;
  readonly level: Level;
  /// Mean of the topic's items' mastery, 0–1. Topics with no items have no figure.
  readonly mastery: number;
  readonly items: number;
  readonly seen: number;
  /// Items whose mastery is below one half although they were seen.
  readonly shaky: number;
}

export interface MasteryInput {
  readonly bank: Bank;
  readonly cards: ReadonlyMap<string, CardState>;
  /// The rating of each item's most recent review.
  readonly lastRatings?: ReadonlyMap<string, number>;
  readonly scheduler: Scheduler;
  readonly at: Date;
}

/// Mastery of every topic that has items, in learning order.
export function topicMastery(input: MasteryInput): TopicMastery[] {
  const byTopic = new Map<string, Item[]>();
  for (const item of itemsOf(input.bank)) {
    for (const topic of item.topics) {
      const list = byTopic.get(topic);
      if (list === undefined) byTopic.set(topic, [item]);
      else list.push(item);
    }
  }
  const out: TopicMastery[] = [];
  for (const area of input.bank.areas) {
    for (const topic of area.topics) {
      const items = byTopic.get(topic.id) ?? [];
      if (items.length === 0) continue;
      const values = items.map((item) =>
        itemMastery(
          input.cards.get(item.id),
          input.scheduler,
          input.at,
          input.lastRatings?.get(item.id),
        ),
      );
      const seen = items.filter(
        (item) => input.cards.get(item.id)?.lastReview !== undefined,
      ).length;
      out.push({
        topic: topic.id,
        area: area.id,
        level: topic.level,
        mastery: values.reduce((a, b) => a + b, 0) / values.length,
        items: items.length,
        seen,
        shaky: values.filter(
          (v, i) => v < 0.5 && input.cards.get(items[i]?.id ?? "")?.lastReview !== undefined,
        ).length,
      });
    }
  }
  return out;
}

export interface Readiness {
  /// 0–100 per band: mean mastery of the topics of that band and the bands below it.
  readonly byLevel: Record<Level, number>;
  /// 0–100 per area, over the topics of the target band and below.
  readonly byArea: { readonly area: string; readonly readiness: number }[];
  /// The same figures on the interview date if nothing more were studied.
  readonly projected: {
    readonly byLevel: Record<Level, number>;
    readonly byArea: { readonly area: string; readonly readiness: number }[];
  };
  /// The three weakest topics of the target band and below, with why.
  readonly weakest: {
    readonly topic: string;
    readonly area: string;
    readonly mastery: number;
    readonly why: string;
  }[];
}

export interface ReadinessInput extends Omit<MasteryInput, "at"> {
  readonly level: Level;
  readonly now: Date;
  readonly interviewDate: Date;
}

/// Readiness now and projected to the interview date (docs/learning-model.md).
export function readiness(input: ReadinessInput): Readiness {
  const now = topicMastery({ ...input, at: input.now });
  const then = topicMastery({ ...input, at: input.interviewDate });
  const target = levelRank(input.level);
  const summarize = (topics: TopicMastery[]) => {
    const mean = (list: TopicMastery[]) =>
      list.length === 0
        ? 0
        : Math.round((list.reduce((a, t) => a + t.mastery, 0) / list.length) * 100);
    const byLevel = Object.fromEntries(
      LEVELS.map((level) => [
        level,
        mean(topics.filter((t) => levelRank(t.level) <= levelRank(level))),
      ]),
    ) as Record<Level, number>;
    const inBand = topics.filter((t) => levelRank(t.level) <= target);
    const areas = [...new Set(inBand.map((t) => t.area))];
    return {
      byLevel,
      byArea: areas.map((area) => ({
        area,
        readiness: mean(inBand.filter((t) => t.area === area)),
      })),
    };
  };
  const current = summarize(now);
  const weakest = now
    .filter((t) => levelRank(t.level) <= target)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.mastery - b.t.mastery || a.i - b.i)
    .slice(0, 3)
    .map(({ t }) => ({
      topic: t.topic,
      area: t.area,
      mastery: Math.round(t.mastery * 100),
      why:
        t.seen === 0
          ? "never studied"
          : t.seen < t.items
            ? `${t.items - t.seen} of ${t.items} items not studied yet`
            : t.shaky > 0
              ? `${t.shaky} of ${t.items} items are slipping (recall below 50%)`
              : `recall is down to ${Math.round(t.mastery * 100)}%`,
    }));
  return { ...current, projected: summarize(then), weakest };
}
