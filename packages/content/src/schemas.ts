import {
  areaSchema,
  complexitySchema,
  topicSchema,
  EXERCISE_KINDS,
  idSchema,
  levelSchema,
  questionSchema,
} from "@pyprep/core";
import { z } from "zod";

/// content/curriculum.yaml: the areas in learning order.
export const curriculumFileSchema = z
  .object({
    areas: z.array(idSchema).min(1, "list at least one area"),
  })
  .strict();

/// content/areas/<area>/area.yaml: one area and its topics in learning order. Topics are checked
/// one by one (topicEntrySchema) so that one bad topic does not hide the others.
export const areaFileSchema = areaSchema.extend({
  topics: z.array(z.unknown()).min(1, "an area needs at least one topic"),
});
export const topicEntrySchema = topicSchema;

/// content/areas/<area>/questions.yaml: a list of questions.
export const questionsFileSchema = z.array(z.unknown(), {
  error: "a questions file is a YAML list of questions",
});
export const questionEntrySchema = questionSchema;

/// content/exercises/<id>/exercise.yaml: an exercise's metadata; its texts and code are files
/// beside it (see docs/content-format.md).
export const exerciseFileSchema = z
  .object({
    id: idSchema,
    kind: z.enum(EXERCISE_KINDS, {
      error: (issue) =>
        `kind must be one of ${EXERCISE_KINDS.join(", ")}; got ${JSON.stringify(issue.input)}`,
    }),
    title: z.string().trim().min(1, "title must not be empty"),
    level: levelSchema,
    topics: z.array(idSchema).min(1, "an exercise needs at least one topic"),
    module: z
      .string()
      .regex(
        /^[A-Za-z_][A-Za-z0-9_]*$/,
        "module must be a Python module name such as two_fer (the learner's file is <module>.py)",
      ),
    hints: z.array(z.string().trim().min(1)).default([]),
    complexity: complexitySchema.optional(),
    timeLimitMs: z.number().int().min(100).max(120_000).default(10_000),
  })
  .strict();

/// The front matter of content/areas/<area>/lessons/<topic>.md.
export const lessonFrontMatterSchema = z
  .object({
    topic: idSchema,
    title: z.string().trim().min(1, "title must not be empty"),
  })
  .strict();

/// content/guide/outline-bullets.json: the guide's outline bullets, one per line of the guide.
export const guideBulletsSchema = z.array(
  z.object({ line: z.number(), section: z.string(), subsection: z.string().nullable(), text: z.string() }),
);
export type GuideBullet = z.infer<typeof guideBulletsSchema>[number];

/// content/guide/questions.json: the guide's interview questions and its answers.
export const guideQuestionsSchema = z.array(
  z.object({ line: z.number(), section: z.string(), question: z.string(), answer: z.string() }),
);
export type GuideQuestion = z.infer<typeof guideQuestionsSchema>[number];
