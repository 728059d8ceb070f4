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
