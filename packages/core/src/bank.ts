import { z } from "zod";

/// The experience bands, in order: junior (0–2 years), mid (2–4), senior (4–6).
export const LEVELS = ["junior", "mid", "senior"] as const;
export const levelSchema = z.enum(LEVELS, {
  error: (issue) => `level must be one of ${LEVELS.join(", ")}; got ${JSON.stringify(issue.input)}`,
});
export type Level = z.infer<typeof levelSchema>;

/// Every id in the bank (areas, topics, questions, exercises) shares one namespace, so a card id
/// never needs a type prefix to be unambiguous.
export const idSchema = z
  .string({ error: "an id must be a string" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `id ${JSON.stringify(issue.input)} must be lowercase kebab-case, e.g. "list-comprehensions"`,
  });

const text = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is required` : `${what} must be a string`,
    })
    .trim()
    .min(1, `${what} must not be empty`);

/// A paragraph, not a label: at least a dozen words.
const paragraph = (what: string) =>
  text(what).refine((value) => value.split(/\s+/).length >= 12, {
    error: `${what} must be a paragraph of at least 12 words`,
  });

export const topicSchema = z
  .object({
    id: idSchema,
    title: text("title"),
    level: levelSchema,
    prerequisites: z.array(idSchema).default([]),
    summary: paragraph("summary"),
    /// The guide's own outline bullets that this topic covers, verbatim.
    guide: z.array(text("a guide bullet")).default([]),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

export const areaSchema = z
  .object({
    id: idSchema,
    title: text("title"),
    summary: paragraph("summary"),
    topics: z.array(topicSchema).min(1, "an area needs at least one topic"),
  })
  .strict();
export type Area = z.infer<typeof areaSchema>;

/// A regular expression given as source text; it must compile (case-insensitive, Unicode).
const patternSchema = z.string().refine(
  (source) => {
    try {
      new RegExp(source, "iu");
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `pattern ${JSON.stringify(issue.input)} is not a valid regular expression` },
);

export const keyPointSchema = z
  .object({
    /// What the interviewer listens for, stated as a short sentence.
    text: text("a key point's text"),
    /// Words or phrases whose presence in an answer shows the point (any one suffices).
    phrases: z.array(text("a phrase")).min(1, "a key point needs at least one phrase"),
    /// Optional regular expressions that also show the point.
    patterns: z.array(patternSchema).optional(),
  })
  .strict();
export type KeyPoint = z.infer<typeof keyPointSchema>;

/// A false claim that learners commonly make about a question ("threads run Python code on every
/// core"). An answer that states it loses credit and is told why.
export const misconceptionSchema = z
  .object({
    /// The false claim, stated as a learner would.
    text: text("a misconception's text"),
    /// Words or phrases whose presence in an answer states the claim (any one suffices).
    phrases: z.array(text("a phrase")).min(1, "a misconception needs at least one phrase"),
    /// Optional regular expressions that also state it.
    patterns: z.array(patternSchema).optional(),
    /// What is true instead, shown to a learner who made the claim.
    correction: text("a misconception's correction"),
  })
  .strict();
export type Misconception = z.infer<typeof misconceptionSchema>;
const misconceptionsOptional = z
  .array(misconceptionSchema)
  .max(8, "at most 8 misconceptions")
  .optional();

const keyPointsRequired = z
  .array(keyPointSchema)
  .min(2, "this kind needs 2–6 key points")
  .max(6, "this kind takes at most 6 key points");
const keyPointsOptional = z.array(keyPointSchema).max(6, "at most 6 key points").optional();

const questionCommon = {
  id: idSchema,
  level: levelSchema,
  topics: z.array(idSchema).min(1, "a question needs at least one topic"),
  prompt: text("prompt"),
  /// The model answer (Markdown).
  answer: text("answer"),
  /// For the guide's own questions: the question text, verbatim.
  guide: text("guide").optional(),
  /// For the guide's own questions: the guide's answer, verbatim.
  guideAnswer: text("guideAnswer").optional(),
};

export const choiceSchema = z
  .object({
    text: text("a choice's text"),
    correct: z.boolean({ error: "correct must be true or false" }),
    /// Why this choice is right or wrong; shown after answering.
    explanation: text("a choice's explanation"),
  })
  .strict();
export type Choice = z.infer<typeof choiceSchema>;

const conceptQuestionSchema = z
  .object({
    ...questionCommon,
    kind: z.literal("concept"),
    keyPoints: keyPointsRequired,
    misconceptions: misconceptionsOptional,
  })
  .strict();
const reviewQuestionSchema = z
  .object({
    ...questionCommon,
    kind: z.literal("review"),
    /// The code to critique.
    code: text("code"),
    keyPoints: keyPointsRequired,
    misconceptions: misconceptionsOptional,
  })
  .strict();
const designQuestionSchema = z
  .object({
    ...questionCommon,
    kind: z.literal("design"),
    keyPoints: keyPointsRequired,
    misconceptions: misconceptionsOptional,
    /// What a strong answer covers, criterion by criterion.
    rubric: z.array(text("a rubric line")).optional(),
  })
  .strict();
const mcqQuestionSchema = z
  .object({
    ...questionCommon,
    kind: z.literal("mcq"),
    choices: z
      .array(choiceSchema)
      .min(2, "a multiple-choice question needs at least 2 choices")
      .refine((choices) => choices.some((c) => c.correct), "at least one choice must be correct"),
    keyPoints: keyPointsOptional,
  })
  .strict();
const predictOutputQuestionSchema = z
  .object({
    ...questionCommon,
    kind: z.literal("predict-output"),
    /// A complete program; its standard output is what the learner predicts.
    code: text("code"),
    /// The expected standard output, checked by running `code`.
    output: z.string({ error: "output must be a string" }),
    keyPoints: keyPointsOptional,
  })
  .strict();
const exerciseQuestionSchema = (kind: "code" | "debug") =>
  z
    .object({
      ...questionCommon,
      kind: z.literal(kind),
      /// The exercise (content/exercises/<id>) that this question is practised with.
      exercise: idSchema,
      keyPoints: keyPointsOptional,
    })
    .strict();

export const QUESTION_KINDS = [
  "concept",
  "mcq",
  "predict-output",
  "code",
  "debug",
  "review",
  "design",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questionSchema = z
  .discriminatedUnion(
    "kind",
    [
      conceptQuestionSchema,
      mcqQuestionSchema,
      predictOutputQuestionSchema,
      exerciseQuestionSchema("code"),
      exerciseQuestionSchema("debug"),
      reviewQuestionSchema,
      designQuestionSchema,
    ],
    {
      error: (issue) =>
        `kind must be one of ${QUESTION_KINDS.join(", ")}; got ${JSON.stringify(
          (issue.input as { kind?: unknown } | undefined)?.kind,
        )}`,
    },
  )
  .refine((q) => (q.guide === undefined) === (q.guideAnswer === undefined), {
    error: "guide and guideAnswer go together: give both or neither",
    path: ["guideAnswer"],
  });
export type Question = z.infer<typeof questionSchema>;

export const EXERCISE_KINDS = ["code", "debug"] as const;
export const COMPLEXITY_CLASSES = [
  "O(1)",
  "O(log n)",
  "O(n)",
  "O(n log n)",
  "O(n^2)",
  "O(n^3)",
  "O(2^n)",
] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

export const complexitySchema = z
  .object({
    time: text("time complexity"),
    space: text("space complexity"),
    /// The growth class the judge measures a solution against (one of COMPLEXITY_CLASSES),
    /// when the exercise has a generator; `time` says the same in the exercise's own words.
    expected: z.enum(COMPLEXITY_CLASSES).optional(),
    /// The function of the learner's module that the complexity estimate calls with the
    /// generator's arguments.
    entry: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
      .optional(),
  })
  .strict();

export const sourceFileSchema = z.object({ name: z.string(), source: z.string() }).strict();
export type SourceFile = z.infer<typeof sourceFileSchema>;

export const exerciseSchema = z
  .object({
    id: idSchema,
    kind: z.enum(EXERCISE_KINDS),
    title: text("title"),
    level: levelSchema,
    topics: z.array(idSchema).min(1),
    /// The learner's module name: their code is saved as `<module>.py` and tests import it.
    module: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
    /// The statement (Markdown), with examples and constraints.
    statement: z.string(),
    starter: z.string(),
    solution: z.string(),
    /// Tests shown to the learner (Run) and all tests (Submit) are told apart by `visible`.
    tests: z.array(sourceFileSchema.extend({ visible: z.boolean() })).min(1),
    /// Realistic wrong solutions; every one must fail the tests.
    wrong: z.array(sourceFileSchema).min(1),
    hints: z.array(z.string()),
    complexity: complexitySchema.optional(),
    /// generator.py: `generate(n)` returns the entry function's positional arguments for size n.
    generator: z.string().optional(),
    /// Discussion of approaches, shown after an accepted submission.
    approaches: z.string().optional(),
    timeLimitMs: z.number().int().positive(),
  })
  .strict();
export type Exercise = z.infer<typeof exerciseSchema>;

export const lessonExampleSchema = z
  .object({
    code: z.string(),
    /// Expected standard output, when the lesson states it.
    output: z.string().optional(),
    /// False for examples that need something the judge cannot provide (a network, a package).
    runnable: z.boolean(),
  })
  .strict();
export type LessonExample = z.infer<typeof lessonExampleSchema>;

export const lessonSchema = z
  .object({
    topic: idSchema,
    title: text("title"),
    /// The lesson text (Markdown), examples included.
    body: z.string(),
    examples: z.array(lessonExampleSchema),
  })
  .strict();
export type Lesson = z.infer<typeof lessonSchema>;

export const BANK_VERSION = 1;

/// The whole validated bank: what `pyprep content export` prints and the apps load.
export const bankSchema = z
  .object({
    version: z.literal(BANK_VERSION),
    areas: z.array(areaSchema),
    questions: z.array(questionSchema),
    exercises: z.array(exerciseSchema),
    lessons: z.array(lessonSchema),
  })
  .strict();
export type Bank = z.infer<typeof bankSchema>;
