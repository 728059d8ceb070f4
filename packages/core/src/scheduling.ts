import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating as FsrsRating,
  State,
  type Card as FsrsCard,
  type FSRS,
  type Grade as FsrsGrade,
} from "ts-fsrs";
import type { Rating } from "./grading/grade.ts";

/// One review, as the append-only log stores it. The schedule is a pure function of these.
export interface ReviewLogEntry {
  readonly itemId: string;
  readonly rating: Rating;
  readonly reviewedAt: Date;
}

export type CardStatus = "new" | "learning" | "review" | "relearning";

/// An item's memory state: when it is due and how well it is held.
export interface CardState {
  readonly itemId: string;
  readonly status: CardStatus;
  readonly due: Date;
  /// Days for retrievability to fall to 90% (FSRS stability); 0 for a new card.
  readonly stability: number;
  readonly difficulty: number;
  readonly reps: number;
  readonly lapses: number;
  readonly lastReview: Date | undefined;
  /// ts-fsrs's own card, kept to continue the schedule exactly.
  readonly fsrs: FsrsCard;
}

export interface SchedulerOptions {
  /// Desired retention far from the interview (default 0.9).
  readonly retention?: number;
  /// The interview date: retention rises towards it, and due dates never pass it.
  readonly interviewDate?: Date;
  /// Retention in the last days before the interview (default 0.95).
  readonly finalRetention?: number;
  /// Days before the interview over which retention rises (default 14).
  readonly rampDays?: number;
}

const DAY_MS = 86_400_000;
const GRADES: Record<Rating, FsrsGrade> = {
  1: FsrsRating.Again,
  2: FsrsRating.Hard,
  3: FsrsRating.Good,
  4: FsrsRating.Easy,
};
const STATUS: Record<State, CardStatus> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/// Invalid input to the scheduler: a bad rating, a review before the card's last one.
export class ScheduleError extends Error {
  override readonly name = "ScheduleError";
  readonly itemId: string;
  constructor(itemId: string, message: string) {
    super(`${itemId}: ${message}`);
    this.itemId = itemId;
  }
}

/// FSRS-6 with its default parameters, fuzz on and short-term (learning) steps, through ts-fsrs.
/// Desired retention rises linearly from `retention` to `finalRetention` over the last `rampDays`
/// before the interview, and no card is scheduled past the day before the interview, so everything
/// introduced is seen again before the date (docs/learning-model.md).
export class Scheduler {
  private readonly retention: number;
  private readonly finalRetention: number;
  private readonly rampDays: number;
  private readonly interviewDate: Date | undefined;
  private readonly engines = new Map<number, FSRS>();

  constructor(options: SchedulerOptions = {}) {
    this.retention = options.retention ?? 0.9;
    this.finalRetention = Math.max(this.retention, options.finalRetention ?? 0.95);
    this.rampDays = options.rampDays ?? 14;
    this.interviewDate = options.interviewDate;
    for (const r of [this.retention, this.finalRetention]) {
      if (!(r > 0.5 && r < 1))
        throw new RangeError(`desired retention must be between 0.5 and 1, got ${r}`);
    }
  }

  /// The desired retention on `at`.
  retentionAt(at: Date): number {
    if (this.interviewDate === undefined) return this.retention;
    const daysLeft = (this.interviewDate.getTime() - at.getTime()) / DAY_MS;
    const progress = Math.min(1, Math.max(0, 1 - daysLeft / this.rampDays));
    return (
      Math.round((this.retention + (this.finalRetention - this.retention) * progress) * 100) / 100
    );
  }

  newCard(itemId: string, now: Date): CardState {
    return toState(itemId, createEmptyCard(now));
  }

  /// The card after a review with `rating` at `now`.
  review(card: CardState, rating: Rating, now: Date): CardState {
    const grade = GRADES[rating] as FsrsGrade | undefined;
    if (grade === undefined) {
      throw new ScheduleError(card.itemId, `rating must be 1 to 4, got ${String(rating)}`);
    }
    if (card.lastReview !== undefined && now.getTime() < card.lastReview.getTime()) {
      throw new ScheduleError(card.itemId, `review at ${now.toISOString()} is before the last one`);
    }
    const next = this.engine(this.retentionAt(now)).next(card.fsrs, now, grade).card;
    return toState(card.itemId, this.capped(next, now));
  }

  /// An item's card rebuilt from its review log (in time order), as if reviewed live.
  replay(itemId: string, logs: readonly ReviewLogEntry[], introduced?: Date): CardState {
    const ordered = [...logs].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const first = ordered[0];
    let card = this.newCard(itemId, introduced ?? first?.reviewedAt ?? new Date(0));
    for (const log of ordered) card = this.review(card, log.rating, log.reviewedAt);
    return card;
  }

  /// Every card with at least one review, from the whole log.
  replayAll(logs: readonly ReviewLogEntry[]): Map<string, CardState> {
    const byItem = new Map<string, ReviewLogEntry[]>();
    for (const log of logs) {
      const list = byItem.get(log.itemId);
      if (list === undefined) byItem.set(log.itemId, [log]);
      else list.push(log);
    }
    const cards = new Map<string, CardState>();
    for (const [itemId, list] of byItem) cards.set(itemId, this.replay(itemId, list));
    return cards;
  }

  /// The card as JSON-safe data for a store; `fromStored` reads it back.
  toStored(card: CardState): { itemId: string; due: Date; state: unknown } {
    return {
      itemId: card.itemId,
      due: card.due,
      state: {
        ...card.fsrs,
        due: card.due.toISOString(),
        last_review: card.lastReview?.toISOString() ?? null,
      },
    };
  }

  fromStored(itemId: string, state: unknown): CardState {
    const raw = state as Record<string, unknown>;
    const lastReview = typeof raw.last_review === "string" ? new Date(raw.last_review) : undefined;
    const card = {
      ...(raw as unknown as FsrsCard),
      due: new Date(String(raw.due)),
      ...(lastReview === undefined ? {} : { last_review: lastReview }),
    };
    if (lastReview === undefined) delete (card as { last_review?: Date }).last_review;
    if (Number.isNaN(card.due.getTime()) || typeof card.stability !== "number") {
      throw new ScheduleError(itemId, "stored card state is malformed");
    }
    return toState(itemId, card);
  }

  /// Probability of recalling the card at `at` (0 for a card never reviewed).
  retrievability(card: CardState, at: Date): number {
    if (card.lastReview === undefined || card.stability <= 0) return 0;
    const value = this.engine(this.retention).get_retrievability(card.fsrs, at, false);
    return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  }

  private capped(card: FsrsCard, now: Date): FsrsCard {
    if (this.interviewDate === undefined) return card;
    const lastChance = new Date(this.interviewDate.getTime() - DAY_MS);
    if (card.due.getTime() > lastChance.getTime() && lastChance.getTime() > now.getTime()) {
      return {
        ...card,
        due: lastChance,
        scheduled_days: Math.max(0, Math.round((lastChance.getTime() - now.getTime()) / DAY_MS)),
      };
    }
    return card;
  }

  private engine(retention: number): FSRS {
    let engine = this.engines.get(retention);
    if (engine === undefined) {
      engine = fsrs(
        generatorParameters({
          request_retention: retention,
          enable_fuzz: true,
          enable_short_term: true,
        }),
      );
      this.engines.set(retention, engine);
    }
    return engine;
  }
}

function toState(itemId: string, card: FsrsCard): CardState {
  return {
    itemId,
    status: STATUS[card.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review,
    fsrs: card,
  };
}
