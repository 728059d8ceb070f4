import { QUESTION_KINDS, type Bank, type Level } from "@pyprep/core";
import { guideCoverage, type GuideCoverage, type GuideReference } from "./guide.ts";

export type KindCounts = Record<string, number>;

export interface AreaStats {
  readonly id: string;
  readonly title: string;
  readonly topics: number;
  readonly questions: number;
  readonly exercises: number;
  readonly lessons: number;
  readonly byLevel: Record<Level, number>;
  readonly byKind: KindCounts;
}

export interface BankStats {
  readonly totals: {
    readonly areas: number;
    readonly topics: number;
    readonly questions: number;
    readonly exercises: number;
    readonly lessons: number;
  };
  /// Questions by kind; exercises counted under `exercise:code` and `exercise:debug`.
  readonly byKind: KindCounts;
  /// Topics, questions and exercises by experience band.
  readonly byLevel: Record<"topics" | "questions" | "exercises", Record<Level, number>>;
  readonly areas: AreaStats[];
  /// Share of topics that have a lesson, at least two questions, in percent.
  readonly topicCoverage: { readonly lessons: number; readonly questions: number };
  readonly guide: GuideCoverage;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const zeroLevels = (): Record<Level, number> => ({ junior: 0, mid: 0, senior: 0 });

/// Counts of the bank by area, kind and level, and how much of the guide it traces. An item
/// counts in the area of its first topic.
export function bankStats(bank: Bank, guide: GuideReference): BankStats {
  const areaOfTopic = new Map(bank.areas.flatMap((a) => a.topics.map((t) => [t.id, a.id] as const)));
  const areas = new Map<string, Mutable<AreaStats>>(
    bank.areas.map((a) => [
      a.id,
      {
        id: a.id,
        title: a.title,
        topics: a.topics.length,
        questions: 0,
        exercises: 0,
        lessons: 0,
        byLevel: zeroLevels(),
        byKind: {},
      },
    ]),
  );
  const byKind: KindCounts = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0]));
  const byLevel = { topics: zeroLevels(), questions: zeroLevels(), exercises: zeroLevels() };
  for (const area of bank.areas) for (const t of area.topics) byLevel.topics[t.level] += 1;
  const bump = (topic: string | undefined, level: Level, kind: string, field: "questions" | "exercises") => {
    const stats = areas.get(areaOfTopic.get(topic ?? "") ?? "");
    if (stats === undefined) return;
    stats[field] += 1;
    stats.byLevel[level] += 1;
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
  };
  for (const q of bank.questions) {
    byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
    byLevel.questions[q.level] += 1;
    bump(q.topics[0], q.level, q.kind, "questions");
  }
  for (const e of bank.exercises) {
    const kind = `exercise:${e.kind}`;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    byLevel.exercises[e.level] += 1;
    bump(e.topics[0], e.level, kind, "exercises");
  }
  for (const l of bank.lessons) {
    const stats = areas.get(areaOfTopic.get(l.topic) ?? "");
    if (stats !== undefined) stats.lessons += 1;
  }
  const topics = bank.areas.flatMap((a) => a.topics);
  const questionsPerTopic = new Map<string, number>();
  for (const q of bank.questions) {
    for (const t of q.topics) questionsPerTopic.set(t, (questionsPerTopic.get(t) ?? 0) + 1);
  }
  const lessonTopics = new Set(bank.lessons.map((l) => l.topic));
  const percent = (n: number) => (topics.length === 0 ? 100 : Math.floor((n / topics.length) * 1000) / 10);
  return {
    totals: {
      areas: bank.areas.length,
      topics: topics.length,
      questions: bank.questions.length,
      exercises: bank.exercises.length,
      lessons: bank.lessons.length,
    },
    byKind,
    byLevel,
    areas: [...areas.values()],
    topicCoverage: {
      lessons: percent(topics.filter((t) => lessonTopics.has(t.id)).length),
      questions: percent(topics.filter((t) => (questionsPerTopic.get(t.id) ?? 0) >= 2).length),
    },
    guide: guideCoverage(bank, guide),
  };
}

