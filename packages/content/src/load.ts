import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  BANK_VERSION,
  findCycles,
  gradeKeyPoints,
  LEVELS,
  type Level,
  type Area,
  type Bank,
  type Exercise,
  type Lesson,
  type Question,
  type SourceFile,
} from "@pyprep/core";
import type { z } from "zod";
import { normalizeGuideText, type GuideReference } from "./guide.ts";
import { parseLesson } from "./lessons.ts";
import { checkAt, ProblemList, YamlSource, type Problem } from "./problems.ts";
import {
  areaFileSchema,
  curriculumFileSchema,
  exerciseFileSchema,
  guideBulletsSchema,
  guideQuestionsSchema,
  lessonFrontMatterSchema,
  questionEntrySchema,
  questionsFileSchema,
  topicEntrySchema,
} from "./schemas.ts";

/// Where each item of a loaded bank was written, so later checks (running the code) can report
/// `path:line` too.
export interface SourceMap {
  readonly questions: ReadonlyMap<string, Location>;
  /// For predict-the-output questions: where their `output` is stated.
  readonly outputs: ReadonlyMap<string, Location>;
  readonly exercises: ReadonlyMap<string, Location>;
  readonly lessonExamples: ReadonlyMap<string, readonly Location[]>;
}
export interface Location {
  readonly path: string;
  readonly line: number;
}

export type LoadResult =
  | { readonly ok: true; readonly bank: Bank; readonly guide: GuideReference; readonly sources: SourceMap }
  | { readonly ok: false; readonly problems: Problem[] };

/// Reads and validates the content tree rooted at `root`. Every problem in every file is reported
/// in one result, as `path:line: message` with paths relative to `root`.
export function loadContent(root: string): LoadResult {
  const problems = new ProblemList();
  const ids = new IdRegistry(problems);
  if (!isDirectory(root)) {
    problems.add(".", 1, `content directory ${root} does not exist`);
    return { ok: false, problems: problems.sorted() };
  }

  const guide = loadGuide(root, problems);
  // Topics that failed validation still count as declared, so that references to them are not
  // reported a second time as unknown.
  const { areas, listed, declaredTopics: topicIds } = loadAreas(root, problems, ids);
  const exercises = loadExercises(root, problems, ids);
  const questionSources = new Map<string, Location>();
  const outputSources = new Map<string, Location>();
  const questions = loadQuestions(root, listed, problems, ids, questionSources, outputSources);
  const lessonSources = new Map<string, Location[]>();
  const lessons = loadLessons(root, listed, problems, lessonSources);

  checkCurriculum(areas, topicIds, problems);
  const exerciseIds = new Set(exercises.map((e) => e.id));
  for (const { question, source, index } of questions) {
    question.topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) {
        problems.add(source.path, source.lineAt([index, "topics", i]), `unknown topic "${topic}"`);
      }
    });
    if ((question.kind === "code" || question.kind === "debug") && !exerciseIds.has(question.exercise)) {
      problems.add(
        source.path,
        source.lineAt([index, "exercise"]),
        `unknown exercise "${question.exercise}" (no content/exercises/${question.exercise}/)`,
      );
    }
  }
  // A learner meets an item when the plan reaches its first topic: the item's level cannot be
  // below that topic's, or a junior would be asked about what the plan teaches mid-level learners.
  const topicLevels = new Map(areas.flatMap((a) => a.area.topics.map((t) => [t.id, t.level] as const)));
  const belowTopic = (level: Level, topics: readonly string[]) => {
    const first = topics[0];
    const topicLevel = first === undefined ? undefined : topicLevels.get(first);
    return topicLevel !== undefined && LEVELS.indexOf(level) < LEVELS.indexOf(topicLevel)
      ? `level "${level}" is below the level of its first topic "${first ?? ""}" (${topicLevel}): raise the level or list a ${level} topic first`
      : undefined;
  };
  for (const { question, source, index } of questions) {
    const problem = belowTopic(question.level, question.topics);
    if (problem !== undefined) problems.add(source.path, source.lineAt([index, "level"]), problem);
  }
  for (const { meta, source } of exercises) {
    const problem = belowTopic(meta.level, meta.topics);
    if (problem !== undefined) problems.add(source.path, source.lineAt(["level"]), problem);
    meta.topics.forEach((topic, i) => {
      if (!topicIds.has(topic)) {
        problems.add(source.path, source.lineAt(["topics", i]), `unknown topic "${topic}"`);
      }
    });
  }
  const lessonTopics = new Map<string, string>();
  for (const { lesson, path } of lessons) {
    if (!topicIds.has(lesson.topic)) {
      problems.add(path, 2, `unknown topic "${lesson.topic}"`);
    }
    const earlier = lessonTopics.get(lesson.topic);
    if (earlier !== undefined) {
      problems.add(path, 2, `topic "${lesson.topic}" already has a lesson (${earlier})`);
    } else {
      lessonTopics.set(lesson.topic, path);
    }
  }
  if (guide !== undefined) checkGuideTexts(areas, questions, guide, problems);
  for (const loaded of questions) checkModelAnswerGrades(loaded, problems);

  if (problems.size > 0 || guide === undefined) {
    return { ok: false, problems: problems.sorted() };
  }
  const bank: Bank = {
    version: BANK_VERSION,
    areas: areas.map((a) => a.area),
    questions: questions.map((q) => q.question),
    exercises: exercises.flatMap((e) => (e.exercise === undefined ? [] : [e.exercise])),
    lessons: lessons.map((l) => l.lesson),
  };
  return {
    ok: true,
    bank,
    guide,
    sources: {
      questions: questionSources,
      outputs: outputSources,
      exercises: new Map(exercises.map((e) => [e.id, { path: e.source.path, line: 1 }])),
      lessonExamples: lessonSources,
    },
  };
}

/// Ids share one namespace across areas, topics, questions and exercises.
class IdRegistry {
  private readonly seen = new Map<string, Location>();
  private readonly problems: ProblemList;
  constructor(problems: ProblemList) {
    this.problems = problems;
  }
  claim(id: string, at: Location): void {
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, at);
      return;
    }
    this.problems.add(at.path, at.line, `duplicate id "${id}" (first used at ${first.path}:${first.line})`);
  }
}

interface LoadedArea {
  readonly area: Area;
  readonly source: YamlSource;
  /// Position of each topic id in the file's topics list (valid topics only are in `area`).
  readonly indexOf: ReadonlyMap<unknown, number>;
}

/// Reads curriculum.yaml and each listed area. `listed` holds every area id the curriculum names,
/// loaded or not, so that an area whose file is broken still has its questions and lessons checked.
function loadAreas(
  root: string,
  problems: ProblemList,
  ids: IdRegistry,
): { areas: LoadedArea[]; listed: string[]; declaredTopics: Set<string> } {
  const curriculum = readYaml(root, "curriculum.yaml", problems);
  const listed = curriculum?.check(curriculumFileSchema, problems);
  const areasDir = join(root, "areas");
  const folders = isDirectory(areasDir) ? listDirectories(areasDir) : [];
  if (curriculum !== undefined && listed !== undefined) {
    for (const folder of folders) {
      if (!listed.areas.includes(folder)) {
        problems.add("curriculum.yaml", 1, `area folder areas/${folder}/ is not listed in areas`);
      }
    }
  }
  const loaded: LoadedArea[] = [];
  const declaredTopics = new Set<string>();
  listed?.areas.forEach((areaId, index) => {
    const path = `areas/${areaId}/area.yaml`;
    if (!existsSync(join(root, path))) {
      problems.add("curriculum.yaml", curriculum?.lineAt(["areas", index]) ?? 1, `area "${areaId}" has no ${path}`);
      return;
    }
    const source = readYaml(root, path, problems);
    const header = source?.check(areaFileSchema, problems);
    if (source === undefined || header === undefined) return;
    const topics = header.topics.flatMap((entry, i) => {
      const topic = checkAt(source, ["topics", i], entry, topicEntrySchema, problems);
      return topic === undefined ? [] : [topic];
    });
    const area: Area = { ...header, topics };
    if (area.id !== areaId) {
      problems.add(path, source.lineAt(["id"]), `area id "${area.id}" must match its folder name "${areaId}"`);
    }
    ids.claim(area.id, { path, line: source.lineAt(["id"]) });
    header.topics.forEach((entry, i) => {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== "string") return;
      ids.claim(id, { path, line: source.lineAt(["topics", i, "id"]) });
      declaredTopics.add(id);
    });
    loaded.push({ area, source, indexOf: new Map(header.topics.map((e, i) => [(e as { id?: unknown } | null)?.id, i])) });
  });
  return { areas: loaded, listed: listed?.areas ?? [], declaredTopics };
}

/// Prerequisites must exist, form a DAG, and come earlier in learning order.
function checkCurriculum(
  areas: readonly LoadedArea[],
  declared: ReadonlySet<string>,
  problems: ProblemList,
): void {
  const position = new Map<string, number>();
  const where = new Map<string, { source: YamlSource; topicIndex: number }>();
  const nodes = areas.flatMap(({ area, source, indexOf }) =>
    area.topics.map((topic) => {
      position.set(topic.id, position.size);
      where.set(topic.id, { source, topicIndex: indexOf.get(topic.id) ?? 0 });
      return topic;
    }),
  );
  const cycles = findCycles(nodes);
  const inCycle = new Set(cycles.flat());
  for (const cycle of cycles) {
    const start = cycle[0] ?? "";
    const at = where.get(start);
    if (at === undefined) continue;
    problems.add(
      at.source.path,
      at.source.lineAt(["topics", at.topicIndex, "prerequisites"]),
      `prerequisite cycle: ${cycle.join(" -> ")}`,
    );
  }
  for (const topic of nodes) {
    const at = where.get(topic.id);
    if (at === undefined) continue;
    topic.prerequisites.forEach((pre, i) => {
      const line = at.source.lineAt(["topics", at.topicIndex, "prerequisites", i]);
      const prePosition = position.get(pre);
      if (prePosition === undefined) {
        if (declared.has(pre)) return;
        problems.add(at.source.path, line, `topic "${topic.id}" has an unknown prerequisite "${pre}"`);
      } else if (pre === topic.id) {
        // Reported as a cycle above.
      } else if (!inCycle.has(topic.id) && prePosition > (position.get(topic.id) ?? 0)) {
        problems.add(
          at.source.path,
          line,
          `topic "${topic.id}" comes before its prerequisite "${pre}" in learning order; move one of them`,
        );
      }
    });
  }
}

interface LoadedQuestion {
  readonly question: Question;
  readonly source: YamlSource;
  readonly index: number;
}

function loadQuestions(
  root: string,
  areaIds: readonly string[],
  problems: ProblemList,
  ids: IdRegistry,
  sources: Map<string, Location>,
  outputs: Map<string, Location>,
): LoadedQuestion[] {
  const loaded: LoadedQuestion[] = [];
  for (const areaId of areaIds) {
    const path = `areas/${areaId}/questions.yaml`;
    if (!existsSync(join(root, path))) continue;
    const source = readYaml(root, path, problems);
    const entries = source?.check(questionsFileSchema, problems);
    if (source === undefined || entries === undefined) continue;
    entries.forEach((entry, index) => {
      const question = checkAt(source, [index], entry, questionEntrySchema, problems);
      const idLine = source.lineAt([index, "id"]);
      if (question === undefined) return;
      ids.claim(question.id, { path, line: idLine });
      sources.set(question.id, { path, line: idLine });
      if (question.kind === "predict-output") {
        outputs.set(question.id, { path, line: source.lineAt([index, "output"]) });
      }
      loaded.push({ question, source, index });
    });
  }
  return loaded;
}

/// A free-text question must grade its own model answer as complete: every key point shown (a
/// phrase the model answer uses), none contradicted, and no listed misconception stated. Otherwise
/// a learner who answers like the model answer is marked down, or a misconception's phrases are
/// too loose to tell a false claim from the truth.
function checkModelAnswerGrades(
  { question, source, index }: LoadedQuestion,
  problems: ProblemList,
): void {
  if (question.kind !== "concept" && question.kind !== "review" && question.kind !== "design") return;
  const result = gradeKeyPoints(
    question.keyPoints,
    question.answer,
    question.prompt,
    question.misconceptions,
  );
  result.keyPoints.forEach((point, i) => {
    if (point.hit) return;
    const line = source.lineAt([index, "keyPoints", i]);
    problems.add(
      source.path,
      line,
      point.contradiction === undefined
        ? `the model answer does not show key point "${point.text}": add a phrase or pattern that the answer uses`
        : `the model answer contradicts key point "${point.text}" ("${point.contradiction}"): reword the answer or the phrase`,
    );
  });
  for (const stated of result.misconceptions) {
    const i = (question.misconceptions ?? []).findIndex((m) => m.text === stated.text);
    problems.add(
      source.path,
      source.lineAt([index, "misconceptions", i]),
      `the model answer states misconception "${stated.text}" ("${stated.evidence}"): make its phrases specific to the false claim`,
    );
  }
}

interface LoadedExercise {
  readonly id: string;
  readonly meta: z.output<typeof exerciseFileSchema>;
  /// Undefined when a required file is missing (already reported).
  readonly exercise: Exercise | undefined;
  readonly source: YamlSource;
}

const VISIBLE_TEST = /^(test_.+|.+_test)\.py$/;

function loadExercises(root: string, problems: ProblemList, ids: IdRegistry): LoadedExercise[] {
  const dir = join(root, "exercises");
  if (!isDirectory(dir)) return [];
  const loaded: LoadedExercise[] = [];
  for (const folder of listDirectories(dir)) {
    const base = `exercises/${folder}`;
    const metaPath = `${base}/exercise.yaml`;
    if (!existsSync(join(root, metaPath))) {
      problems.add(base, 1, `exercise folder has no exercise.yaml`);
      continue;
    }
    const source = readYaml(root, metaPath, problems);
    const meta = source?.check(exerciseFileSchema, problems);
    if (source === undefined || meta === undefined) continue;
    if (meta.id !== folder) {
      problems.add(metaPath, source.lineAt(["id"]), `exercise id "${meta.id}" must match its folder name "${folder}"`);
    }
    ids.claim(meta.id, { path: metaPath, line: source.lineAt(["id"]) });

    const required = (name: string): string | undefined => {
      const file = join(root, base, name);
      if (!existsSync(file)) {
        problems.add(metaPath, 1, `missing ${base}/${name}`);
        return undefined;
      }
      return readFileSync(file, "utf8");
    };
    const statement = required("README.md");
    const starter = required("starter.py");
    const solution = required("solution.py");
    const pyFiles = (sub: string): SourceFile[] => {
      const d = join(root, base, sub);
      if (!isDirectory(d)) return [];
      return readdirSync(d)
        .filter((f) => f.endsWith(".py") && statSync(join(d, f)).isFile())
        .sort()
        .map((name) => ({ name, source: readFileSync(join(d, name), "utf8") }));
    };
    const visible = pyFiles(".").filter((f) => VISIBLE_TEST.test(f.name));
    const hidden = pyFiles("hidden").filter((f) => VISIBLE_TEST.test(f.name));
    const wrong = pyFiles("wrong");
    if (visible.length === 0) {
      problems.add(metaPath, 1, `${base}/ has no visible test file (test_<name>.py or <name>_test.py)`);
    }
    if (wrong.length === 0) {
      problems.add(metaPath, 1, `${base}/wrong/ needs at least one wrong solution that the tests must reject`);
    }
    const importsModule = new RegExp(`^\\s*(from\\s+${meta.module}\\s+import\\b|import\\s+${meta.module}\\b)`, "m");
    for (const test of [...visible, ...hidden]) {
      if (!importsModule.test(test.source)) {
        problems.add(
          `${base}/${hidden.includes(test) ? "hidden/" : ""}${test.name}`,
          1,
          `tests never import the learner's module "${meta.module}" (expected "from ${meta.module} import …")`,
        );
      }
    }
    const approachesFile = join(root, base, "approaches.md");
    const generatorFile = join(root, base, "generator.py");
    const generator = existsSync(generatorFile) ? readFileSync(generatorFile, "utf8") : undefined;
    const entry = meta.complexity?.entry;
    if ((entry === undefined) !== (generator === undefined)) {
      problems.add(
        metaPath,
        source.lineAt(["complexity"]),
        entry === undefined
          ? `${base}/generator.py needs complexity.entry: the function of ${meta.module} it feeds`
          : `complexity.entry needs ${base}/generator.py defining generate(n)`,
      );
    }
    if (entry !== undefined && meta.complexity?.expected === undefined) {
      problems.add(
        metaPath,
        source.lineAt(["complexity"]),
        "complexity.entry needs complexity.expected: the growth class a good solution has, such as O(n)",
      );
    }
    if (generator !== undefined && !/^def generate\(/m.test(generator)) {
      problems.add(`${base}/generator.py`, 1, "generator.py must define generate(n)");
    }
    if (statement === undefined || starter === undefined || solution === undefined) {
      loaded.push({ id: meta.id, meta, exercise: undefined, source });
      continue;
    }
    const exercise: Exercise = {
      id: meta.id,
      kind: meta.kind,
      title: meta.title,
      level: meta.level,
      topics: meta.topics,
      module: meta.module,
      statement,
      starter,
      solution,
      tests: [
        ...visible.map((f) => ({ ...f, visible: true })),
        ...hidden.map((f) => ({ ...f, visible: false })),
      ],
      wrong,
      hints: meta.hints,
      ...(meta.complexity === undefined ? {} : { complexity: meta.complexity }),
      ...(generator === undefined ? {} : { generator }),
      ...(existsSync(approachesFile) ? { approaches: readFileSync(approachesFile, "utf8") } : {}),
      timeLimitMs: meta.timeLimitMs,
    };
    loaded.push({ id: meta.id, meta, exercise, source });
  }
  return loaded;
}

interface LoadedLesson {
  readonly lesson: Lesson;
  readonly path: string;
}

function loadLessons(
  root: string,
  areaIds: readonly string[],
  problems: ProblemList,
  sources: Map<string, Location[]>,
): LoadedLesson[] {
  const loaded: LoadedLesson[] = [];
  for (const areaId of areaIds) {
    const dir = join(root, "areas", areaId, "lessons");
    if (!isDirectory(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
      const path = `areas/${areaId}/lessons/${file}`;
      const parsed = parseLesson(readFileSync(join(root, path), "utf8"));
      for (const error of parsed.errors) problems.add(path, error.line, error.message);
      if (parsed.frontMatter === undefined) {
        problems.add(path, 1, "a lesson starts with front matter between --- lines naming its topic and title");
        continue;
      }
      const front = YamlSource.parse(path, parsed.frontMatter, problems);
      const meta = front?.check(lessonFrontMatterSchema, problems);
      if (meta === undefined) continue;
      if (`${meta.topic}.md` !== file) {
        problems.add(path, 2, `a lesson file is named after its topic: expected ${meta.topic}.md`);
      }
      if (parsed.examples.length === 0 && parsed.errors.length === 0) {
        problems.add(path, 1, "a lesson needs at least one ```python example");
      }
      sources.set(
        meta.topic,
        parsed.examples.map((e) => ({ path, line: e.line })),
      );
      loaded.push({
        path,
        lesson: {
          topic: meta.topic,
          title: meta.title,
          body: parsed.body,
          examples: parsed.examples.map(({ code, output, runnable }) =>
            output === undefined ? { code, runnable } : { code, output, runnable },
          ),
        },
      });
    }
  }
  return loaded;
}

function loadGuide(root: string, problems: ProblemList): GuideReference | undefined {
  const read = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const path = `guide/${name}`;
    const file = join(root, path);
    if (!existsSync(file)) {
      problems.add(path, 1, "missing: the guide's reference list is needed to check coverage");
      return undefined;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.add(path, 1, `malformed JSON: ${(error as Error).message}`);
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      problems.add(path, 1, `unexpected shape: ${result.error.issues[0]?.message ?? "invalid"}`);
      return undefined;
    }
    return result.data;
  };
  const bullets = read("outline-bullets.json", guideBulletsSchema);
  const questions = read("questions.json", guideQuestionsSchema);
  return bullets === undefined || questions === undefined ? undefined : { bullets, questions };
}

/// Texts that claim to come from the guide must be in it: a typo would silently break coverage.
function checkGuideTexts(
  areas: readonly LoadedArea[],
  questions: readonly LoadedQuestion[],
  guide: GuideReference,
  problems: ProblemList,
): void {
  const bullets = new Set(guide.bullets.map((b) => normalizeGuideText(b.text)));
  for (const { area, source } of areas) {
    area.topics.forEach((topic, t) => {
      topic.guide.forEach((text, i) => {
        if (!bullets.has(normalizeGuideText(text))) {
          problems.add(
            source.path,
            source.lineAt(["topics", t, "guide", i]),
            `"${text}" is not an outline bullet of the guide (content/guide/outline-bullets.json)`,
          );
        }
      });
    });
  }
  const byQuestion = new Map(guide.questions.map((q) => [normalizeGuideText(q.question), q]));
  const claimed = new Map<string, string>();
  for (const { question, source, index } of questions) {
    if (question.guide === undefined) continue;
    const key = normalizeGuideText(question.guide);
    const original = byQuestion.get(key);
    if (original === undefined) {
      problems.add(source.path, source.lineAt([index, "guide"]), `"${question.guide}" is not a question of the guide`);
      continue;
    }
    const other = claimed.get(key);
    if (other !== undefined) {
      problems.add(source.path, source.lineAt([index, "guide"]), `guide question already traced by "${other}"`);
    }
    claimed.set(key, question.id);
    if (normalizeGuideText(question.guideAnswer ?? "") !== normalizeGuideText(original.answer)) {
      problems.add(
        source.path,
        source.lineAt([index, "guideAnswer"]),
        `guideAnswer must be the guide's answer verbatim (guide line ${original.line})`,
      );
    }
  }
}

function readYaml(root: string, path: string, problems: ProblemList): YamlSource | undefined {
  const file = join(root, path);
  if (!existsSync(file)) {
    problems.add(path, 1, "missing file");
    return undefined;
  }
  return YamlSource.parse(path, readFileSync(file, "utf8"), problems);
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function listDirectories(path: string): string[] {
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
