import type { Bank, Level } from "./bank.ts";
import type { Grade } from "./grading/grade.ts";
import { itemsOf, levelRank, type ItemKind } from "./items.ts";

/// Minutes allowed per question in a mock interview, by kind.
export const MOCK_MINUTES: Readonly<Record<ItemKind, number>> = {
  concept: 4,
  mcq: 1.5,
  "predict-output": 2,
  code: 20,
  debug: 15,
  review: 8,
  design: 15,
  exercise: 20,
};

export interface MockInput {
  readonly bank: Bank;
  readonly level: Level;
  readonly minutes: number;
  /// Relative weights of kinds; kinds left out are not asked. Default: concept 3, exercise 1,
  /// predict-output 1, design 1 (design only from mid on).
  readonly mix?: Partial<Record<ItemKind, number>>;
  /// Any integer: the same seed gives the same interview.
  readonly seed: number;
}

export interface MockQuestion {
  readonly itemId: string;
  readonly kind: ItemKind;
  readonly area: string;
  readonly topics: readonly string[];
  readonly limitMinutes: number;
}

export interface MockSession {
  readonly level: Level;
  readonly questions: MockQuestion[];
  readonly totalMinutes: number;
}

/// Invalid mock settings: a non-positive length, a mix with no weight.
export class MockSettingsError extends Error {
  override readonly name = "MockSettingsError";
}

/// A mock interview: questions of the band (and a few from the band below), several areas in turn,
/// kinds drawn by the mix's weights, no item twice, the sum of the per-question limits within the
/// length.
export function assembleMock(input: MockInput): MockSession {
  if (!(input.minutes > 0))
    throw new MockSettingsError(`a mock interview needs a positive length, got ${input.minutes}`);
  const defaultMix: Partial<Record<ItemKind, number>> = {
    concept: 3,
    exercise: 1,
    "predict-output": 1,
    ...(levelRank(input.level) >= 1 ? { design: 1 } : {}),
  };
  const mix = input.mix ?? defaultMix;
  const kinds = (Object.entries(mix) as [ItemKind, number][]).filter(([, w]) => w > 0);
  if (kinds.length === 0) throw new MockSettingsError("the mix gives no kind a positive weight");
  const random = mulberry32(input.seed);
  const target = levelRank(input.level);
  const pool = itemsOf(input.bank).filter((item) => {
    const rank = levelRank(item.level);
    return (rank === target || rank === target - 1) && kinds.some(([k]) => k === item.kind);
  });
  // Shuffle, then prefer the band itself over the band below.
  const shuffled = shuffle(pool, random).sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const questions: MockQuestion[] = [];
  const used = new Set<string>();
  const areaCount = new Map<string, number>();
  let total = 0;
  for (let attempts = 0; attempts < 200 && total < input.minutes; attempts += 1) {
    const kind = pick(kinds, random);
    const limit = MOCK_MINUTES[kind];
    if (total + limit > input.minutes) {
      // Try the cheapest remaining kind before giving up.
      const fits = kinds.filter(([k]) => total + MOCK_MINUTES[k] <= input.minutes);
      if (fits.length === 0) break;
      continue;
    }
    const candidates = shuffled.filter((item) => item.kind === kind && !used.has(item.id));
    if (candidates.length === 0) continue;
    // The least used area first, so the interview ranges over several.
    const best = candidates.reduce((a, b) =>
      (areaCount.get(b.area) ?? 0) < (areaCount.get(a.area) ?? 0) ? b : a,
    );
    used.add(best.id);
    areaCount.set(best.area, (areaCount.get(best.area) ?? 0) + 1);
    questions.push({
      itemId: best.id,
      kind,
      area: best.area,
      topics: best.topics,
      limitMinutes: limit,
    });
    total += limit;
  }
  return { level: input.level, questions, totalMinutes: total };
}

export interface MockAnswer {
  readonly itemId: string;
  readonly grade: Grade;
  readonly seconds: number;
}

export interface MockReport {
  readonly score: number;
  readonly byArea: { readonly area: string; readonly score: number; readonly questions: number }[];
  readonly questions: {
    readonly itemId: string;
    readonly area: string;
    readonly score: number;
    readonly seconds: number;
    readonly overTime: boolean;
    readonly missed: string[];
  }[];
  /// Topics of the questions scored below 70%, to revisit.
  readonly revisit: string[];
  readonly totalSeconds: number;
}

/// Turns a session's answers into a report. An unanswered question scores 0.
export function scoreMock(session: MockSession, answers: readonly MockAnswer[]): MockReport {
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  const questions = session.questions.map((q) => {
    const answer = byId.get(q.itemId);
    const score = answer?.grade.score ?? 0;
    return {
      itemId: q.itemId,
      area: q.area,
      score,
      seconds: answer?.seconds ?? 0,
      overTime: (answer?.seconds ?? 0) > q.limitMinutes * 60,
      missed: answer?.grade.keyPoints.filter((k) => !k.hit).map((k) => k.text) ?? [],
      topics: q.topics,
    };
  });
  const areas = [...new Set(questions.map((q) => q.area))];
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const revisit = [...new Set(questions.filter((q) => q.score < 0.7).flatMap((q) => q.topics))];
  return {
    score: mean(questions.map((q) => q.score)),
    byArea: areas.map((area) => {
      const inArea = questions.filter((q) => q.area === area);
      return { area, score: mean(inArea.map((q) => q.score)), questions: inArea.length };
    }),
    questions: questions.map(({ topics: _topics, ...rest }) => rest),
    revisit,
    totalSeconds: questions.reduce((a, q) => a + q.seconds, 0),
  };
}

/// A small seeded PRNG (mulberry32): mock interviews are reproducible from their seed.
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function pick<T>(weighted: readonly (readonly [T, number])[], random: () => number): T {
  const total = weighted.reduce((a, [, w]) => a + w, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = weighted[weighted.length - 1];
  if (last === undefined) throw new MockSettingsError("empty mix");
  return last[0];
}
