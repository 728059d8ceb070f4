import { z } from "zod";
import { levelSchema } from "./bank.ts";
import type { ReviewLogEntry } from "./scheduling.ts";

/// A learner's settings: what the plan and readiness are computed towards.
export const settingsSchema = z
  .object({
    level: levelSchema,
    /// The interview date as YYYY-MM-DD, or null when none is set.
    interviewDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "interviewDate must be a date as YYYY-MM-DD")
      .nullable(),
    minutesPerDay: z
      .number()
      .int()
      .min(5, "at least 5 minutes a day")
      .max(600, "at most 600 minutes a day"),
    /// Desired retention far from the interview (it rises as the date nears).
    retention: z
      .number()
      .min(0.7, "retention must be at least 0.7")
      .max(0.97, "retention must be at most 0.97"),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  level: "junior",
  interviewDate: null,
  minutesPerDay: 30,
  retention: 0.9,
};

export interface User {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Date;
}

/// One answer or code submission, kept with its outcome.
export interface Attempt {
  readonly itemId: string;
  readonly kind: "answer" | "submission";
  /// The learner's text or code.
  readonly content: string;
  readonly score: number;
  /// The judge's verdict, for submissions.
  readonly verdict?: string;
  readonly at: Date;
}

/// A card as stored: its due date (for queries) and the scheduler's state (`Scheduler.toJson`).
/// Cards are derived from the review log and kept so that today's queue needs no replay.
export interface StoredCard {
  readonly itemId: string;
  readonly due: Date;
  readonly state: unknown;
}

export interface MockRecord {
  readonly id: string;
  /// The session as assembled and the report once scored (JSON-serialisable values).
  readonly session: unknown;
  readonly report: unknown;
  readonly at: Date;
}

export interface Note {
  readonly itemId: string;
  readonly text: string;
  readonly at: Date;
}

export interface Bookmark {
  readonly itemId: string;
  readonly at: Date;
}

export const EXPORT_VERSION = 1;

const dateText = z.iso.datetime({
  offset: true,
  error: "a date-time in ISO 8601, e.g. 2026-11-24T09:00:00.000Z",
});

/// Everything a learner owns, as `pyprep export` writes it and `pyprep import` reads it.
export const exportSchema = z
  .object({
    format: z.literal("pyprep-export", {
      error: 'not a pyprep export (format must be "pyprep-export")',
    }),
    version: z.number().int().min(1),
    exportedAt: dateText,
    settings: settingsSchema.nullable(),
    reviews: z.array(
      z
        .object({
          itemId: z.string().min(1),
          rating: z.number().int().min(1).max(4),
          reviewedAt: dateText,
        })
        .strict(),
    ),
    attempts: z.array(
      z
        .object({
          itemId: z.string().min(1),
          kind: z.enum(["answer", "submission"]),
          content: z.string(),
          score: z.number().min(0).max(1),
          verdict: z.string().optional(),
          at: dateText,
        })
        .strict(),
    ),
    mocks: z.array(
      z
        .object({
          id: z.string().min(1),
          session: z.unknown(),
          report: z.unknown().optional(),
          at: dateText,
        })
        .strict(),
    ),
    notes: z.array(
      z.object({ itemId: z.string().min(1), text: z.string(), at: dateText }).strict(),
    ),
    bookmarks: z.array(z.object({ itemId: z.string().min(1), at: dateText }).strict()),
  })
  .strict()
  .refine((e) => e.version <= EXPORT_VERSION, {
    error: (issue) =>
      `this export has version ${String((issue.input as { version: number }).version)}, newer than this pyprep reads (${EXPORT_VERSION}); upgrade pyprep`,
    path: ["version"],
  });
export type ExportData = z.infer<typeof exportSchema>;

/// Reads an export, saying first what matters most: not an export at all, then a newer version,
/// then the first field that is wrong.
export function readExport(
  raw: unknown,
): { ok: true; data: ExportData } | { ok: false; message: string } {
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== "object" || head === null || head.format !== "pyprep-export") {
    return { ok: false, message: 'not a pyprep export (format must be "pyprep-export")' };
  }
  if (typeof head.version === "number" && head.version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `this export has version ${String(head.version)}, newer than this pyprep reads (${EXPORT_VERSION}); upgrade pyprep`,
    };
  }
  const result = exportSchema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  return { ok: false, message: `${where}${issue?.message ?? "invalid"}` };
}

/// Where a learner's progress lives. Adapters: SQLite (embedded default) and PostgreSQL
/// (`@pyprep/store`). Every write resolves only once it is durable; the review log is append-only.
export interface Store {
  createUser(name: string, id: string, at: Date, passwordHash?: string): Promise<User>;
  getUser(id: string): Promise<User | undefined>;
  findUser(name: string): Promise<(User & { readonly passwordHash: string | null }) | undefined>;

  getSettings(userId: string): Promise<Settings | undefined>;
  putSettings(userId: string, settings: Settings, at: Date): Promise<void>;

  /// Appends one review; the log is never updated or deleted.
  appendReview(userId: string, review: ReviewLogEntry): Promise<void>;
  /// Appends a review and stores the card it produced, in one transaction.
  recordReview(userId: string, review: ReviewLogEntry, card: StoredCard): Promise<void>;
  reviews(userId: string): Promise<ReviewLogEntry[]>;
  cards(userId: string): Promise<StoredCard[]>;
  /// Replaces all of a learner's cards (after an import, or a change of scheduling settings).
  replaceCards(userId: string, cards: readonly StoredCard[]): Promise<void>;

  addAttempt(userId: string, attempt: Attempt): Promise<void>;
  attempts(userId: string, itemId?: string): Promise<Attempt[]>;

  saveMock(userId: string, record: MockRecord): Promise<void>;
  mocks(userId: string): Promise<MockRecord[]>;

  putNote(userId: string, note: Note): Promise<void>;
  deleteNote(userId: string, itemId: string): Promise<void>;
  notes(userId: string): Promise<Note[]>;

  setBookmark(userId: string, itemId: string, on: boolean, at: Date): Promise<void>;
  bookmarks(userId: string): Promise<Bookmark[]>;

  /// Writes everything of an export for a learner who has nothing yet, in one transaction: all of
  /// it or none of it.
  importAll(userId: string, data: ExportData): Promise<void>;

  /// Schema version of the open database.
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/// A database the store cannot use: written by a newer pyprep, or not migrated.
export class SchemaVersionError extends Error {
  override readonly name = "SchemaVersionError";
  readonly found: number;
  readonly supported: number;
  constructor(found: number, supported: number) {
    super(
      `the database has schema version ${found}, newer than this pyprep understands (${supported}); ` +
        "upgrade pyprep or use another data directory",
    );
    this.found = found;
    this.supported = supported;
  }
}

/// An import that would mix with a learner's existing progress.
export class ImportRefusedError extends Error {
  override readonly name = "ImportRefusedError";
}
