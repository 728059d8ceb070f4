import { z } from "zod";

/// POST /api/answers: an answer to a question, per kind.
export const answerRequestSchema = z
  .object({
    itemId: z.string().min(1),
    answer: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("text"), text: z.string().max(20_000) }).strict(),
      z
        .object({ kind: z.literal("choices"), selected: z.array(z.number().int().min(0)).max(20) })
        .strict(),
      z.object({ kind: z.literal("output"), text: z.string().max(20_000) }).strict(),
      z
        .object({
          kind: z.literal("judged"),
          verdict: z.string().max(40),
          passed: z.number().int().min(0),
          total: z.number().int().min(0),
          /// The code that was judged, kept with the attempt.
          code: z.string().max(200_000).optional(),
        })
        .strict(),
    ]),
  })
  .strict();

/// POST /api/reviews: the learner's rating of an item, which schedules it.
export const reviewRequestSchema = z
  .object({
    itemId: z.string().min(1),
    rating: z
      .number()
      .int()
      .min(1, "rating is 1 (Again) to 4 (Easy)")
      .max(4, "rating is 1 (Again) to 4 (Easy)"),
  })
  .strict();

/// PUT /api/notes/:itemId
export const noteRequestSchema = z
  .object({ text: z.string().max(20_000, "a note is at most 20,000 characters") })
  .strict();

/// POST /api/mocks: assemble a mock interview.
export const mockRequestSchema = z
  .object({
    level: z.enum(["junior", "mid", "senior"]),
    minutes: z
      .number()
      .int()
      .min(5, "a mock interview lasts at least 5 minutes")
      .max(240, "at most 240 minutes"),
    mix: z.record(z.string(), z.number().min(0)).optional(),
    seed: z.number().int().optional(),
  })
  .strict();

/// POST /api/mocks/:id/report: the answers given, to score the session.
export const mockReportRequestSchema = z
  .object({
    answers: z
      .array(
        z
          .object({
            itemId: z.string().min(1),
            answer: answerRequestSchema.shape.answer,
            seconds: z
              .number()
              .min(0)
              .max(24 * 3600),
          })
          .strict(),
      )
      .max(100),
  })
  .strict();
