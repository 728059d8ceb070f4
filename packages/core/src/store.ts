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
  reviews(userId: string): Promise<ReviewLogEntry[]>;

  addAttempt(userId: string, attempt: Attempt): Promise<void>;
  attempts(userId: string, itemId?: string): Promise<Attempt[]>;

  saveMock(userId: string, record: MockRecord): Promise<void>;
  mocks(userId: string): Promise<MockRecord[]>;

  putNote(userId: string, note: Note): Promise<void>;
  deleteNote(userId: string, itemId: string): Promise<void>;
  notes(userId: string): Promise<Note[]>;

  setBookmark(userId: string, itemId: string, on: boolean, at: Date): Promise<void>;
  bookmarks(userId: string): Promise<Bookmark[]>;

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
