import { describe, expect, it } from "vitest";
import { bankSchema } from "@pyprep/core";
import { loadContent, type Problem } from "./index.ts";
import { minimalContent, writeTree } from "./testing/tree.ts";

const problemsOf = (files: Record<string, string>): Problem[] => {
  const result = loadContent(writeTree(files));
  if (result.ok) throw new Error("expected problems, got a valid bank");
  return result.problems;
};

const lines = (problems: Problem[]) => problems.map((p) => `${p.path}:${p.line}: ${p.message}`);

describe("loadContent on valid content", () => {
  it("builds a bank that satisfies the bank schema", () => {
    const result = loadContent(writeTree(minimalContent()));
    if (!result.ok) throw new Error(lines(result.problems).join("\n"));
    expect(bankSchema.safeParse(result.bank).success).toBe(true);
    expect(result.bank.areas.map((a) => a.topics.map((t) => t.id))).toEqual([["variables", "packages"]]);
    expect(result.bank.questions.map((q) => q.kind)).toEqual(["concept", "mcq", "predict-output", "code"]);
  });

  it("reads an exercise folder with visible, hidden and wrong files", () => {
    const result = loadContent(writeTree(minimalContent()));
    if (!result.ok) throw new Error("invalid");
    const [exercise] = result.bank.exercises;
    expect(exercise?.module).toBe("two_fer");
    expect(exercise?.tests.map((t) => [t.name, t.visible])).toEqual([
      ["test_two_fer.py", true],
      ["test_two_fer_hidden.py", false],
    ]);
    expect(exercise?.wrong.map((w) => w.name)).toEqual(["no_default.py"]);
    expect(exercise?.timeLimitMs).toBe(10_000);
  });

  it("pairs lesson examples with their expected output and marks norun blocks", () => {
    const result = loadContent(writeTree(minimalContent()));
    if (!result.ok) throw new Error("invalid");
    expect(result.bank.lessons[0]?.examples).toEqual([
      { code: "x = [1]\nprint(x)\n", output: "[1]\n", runnable: true },
      { code: "import requests\n", runnable: false },
    ]);
    expect(result.sources.lessonExamples.get("variables")).toEqual([
      { path: "areas/basics/lessons/variables.md", line: 7 },
      { path: "areas/basics/lessons/variables.md", line: 16 },
    ]);
  });
});

describe("loadContent reports problems as path:line: message", () => {
  it("reports a duplicate id at the second use, naming the first", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "id: pick-immutable",
      "id: lists-vs-tuples",
    );
    expect(lines(problemsOf(files))).toContain(
      'areas/basics/questions.yaml:14: duplicate id "lists-vs-tuples" (first used at areas/basics/questions.yaml:1)',
    );
  });

  it("reports ids shared between a topic and a question", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "id: pick-immutable",
      "id: variables",
    );
    expect(lines(problemsOf(files))).toContain(
      'areas/basics/questions.yaml:14: duplicate id "variables" (first used at areas/basics/area.yaml:5)',
    );
  });

  it("reports a missing prerequisite on its line", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      "prerequisites: [variables]",
      "prerequisites: [variables, closures]",
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/area.yaml:15: topic "packages" has an unknown prerequisite "closures"',
    ]);
  });

  it("names every topic of a prerequisite cycle", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      "prerequisites: []",
      "prerequisites: [packages]",
    );
    expect(lines(problemsOf(files))).toEqual([
      "areas/basics/area.yaml:8: prerequisite cycle: variables -> packages -> variables",
    ]);
  });

  it("refuses a prerequisite that comes later in learning order", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "")
      .replace("prerequisites: []", "prerequisites: [packages]")
      .replace("prerequisites: [variables]", "prerequisites: []");
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/area.yaml:8: topic "variables" comes before its prerequisite "packages" in learning order; move one of them',
    ]);
  });

  it("reports an unknown topic on a question", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "topics: [variables]\n  prompt: Which",
      "topics: [variables, decorators]\n  prompt: Which",
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/questions.yaml:17: unknown topic "decorators"',
    ]);
  });

  it("reports a bad level with the allowed values", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      "level: mid",
      "level: expert",
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/area.yaml:14: topics[1].level: level must be one of junior, mid, senior; got "expert"',
    ]);
  });

  it("reports malformed YAML and still checks every other file", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      "title: Basics",
      "title: [Basics",
    );
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "level: junior",
      "level: beginner",
    );
    const found = lines(problemsOf(files));
    expect(found.some((l) => /^areas\/basics\/area\.yaml:\d+: malformed YAML: /.test(l))).toBe(true);
    expect(found).toContain(
      'areas/basics/questions.yaml:3: [0].level: level must be one of junior, mid, senior; got "beginner"',
    );
  });

  it("reports unknown fields where they stand", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      "    guide:\n      - \"Variables",
      "    sumary: typo\n    guide:\n      - \"Variables",
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/area.yaml:10: topics[0].sumary: unknown field "sumary"',
    ]);
  });

  it("requires summaries to be paragraphs", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      /summary: Names refer.*\n/,
      "summary: PLACEHOLDER\n",
    );
    expect(lines(problemsOf(files))).toEqual([
      "areas/basics/area.yaml:9: topics[0].summary: summary must be a paragraph of at least 12 words",
    ]);
  });

  it("reports a missing required field on its parent", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "  answer: tuple\n",
      "",
    );
    expect(lines(problemsOf(files))).toEqual(["areas/basics/questions.yaml:14: [1].answer: answer is required"]);
  });

  it("requires 2 to 6 key points on concept questions", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "    - text: Tuples are immutable\n      phrases: [tuple immutable]\n",
      "",
    );
    expect(lines(problemsOf(files))).toEqual([
      "areas/basics/questions.yaml:9: [0].keyPoints: this kind needs 2–6 key points",
    ]);
  });

  it("requires a model answer to show every key point and state no misconception", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "")
      .replace("  answer: Lists are mutable; tuples are immutable.", "  answer: Lists are mutable; tuples are not mutable.")
      .replace(
        "      phrases: [tuple immutable]\n",
        "      phrases: [tuple immutable, tuple mutable]\n    - text: Lists are ordered\n      phrases: [list ordered]\n  misconceptions:\n    - text: Lists are immutable\n      phrases: [lists immutable, lists mutable]\n      correction: Lists can change in place.\n",
      );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/questions.yaml:14: the model answer does not show key point "Lists are ordered": add a phrase or pattern that the answer uses',
      'areas/basics/questions.yaml:17: the model answer states misconception "Lists are immutable" ("Lists are mutable"): make its phrases specific to the false claim',
    ]);
  });

  it("refuses an item whose level is below its first topic's", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "  topics: [variables]\n  prompt: Explain the differences",
      "  topics: [packages, variables]\n  prompt: Explain the differences",
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/questions.yaml:3: level "junior" is below the level of its first topic "packages" (mid): raise the level or list a junior topic first',
    ]);
    // The same topics in the other order are fine: the first topic is where the plan meets it.
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "[packages, variables]",
      "[variables, packages]",
    );
    expect(loadContent(writeTree(files)).ok).toBe(true);
  });

  it("refuses an unknown question kind", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "kind: mcq",
      "kind: essay",
    );
    expect(lines(problemsOf(files))[0]).toMatch(
      /^areas\/basics\/questions\.yaml:15: \[1\]\.kind: kind must be one of concept, mcq, predict-output, code, debug, review, design; got "essay"$/,
    );
  });

  it("refuses an mcq without a correct choice", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "correct: true",
      "correct: false",
    );
    expect(lines(problemsOf(files))).toEqual([
      "areas/basics/questions.yaml:20: [1].choices: at least one choice must be correct",
    ]);
  });

  it("refuses guide texts that are not in the guide", () => {
    const files = minimalContent();
    files["areas/basics/area.yaml"] = (files["areas/basics/area.yaml"] ?? "").replace(
      '"Variables and Data Types"',
      '"Variables and Datatypes"',
    );
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      '"Lists are mutable. Tuples are immutable."',
      '"Lists are mutable."',
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/area.yaml:11: "Variables and Datatypes" is not an outline bullet of the guide (content/guide/outline-bullets.json)',
      "areas/basics/questions.yaml:8: guideAnswer must be the guide's answer verbatim (guide line 9)",
    ]);
  });

  it("refuses a code question whose exercise does not exist", () => {
    const files = minimalContent();
    files["areas/basics/questions.yaml"] = (files["areas/basics/questions.yaml"] ?? "").replace(
      "exercise: two-fer",
      "exercise: three-fer",
    );
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/questions.yaml:41: unknown exercise "three-fer" (no content/exercises/three-fer/)',
    ]);
  });

  it("checks an exercise folder's files", () => {
    const files = minimalContent();
    delete files["exercises/two-fer/wrong/no_default.py"];
    delete files["exercises/two-fer/solution.py"];
    files["exercises/two-fer/test_two_fer.py"] = "import unittest\nfrom twofer import two_fer\n";
    expect(lines(problemsOf(files))).toEqual([
      "exercises/two-fer/exercise.yaml:1: exercises/two-fer/wrong/ needs at least one wrong solution that the tests must reject",
      "exercises/two-fer/exercise.yaml:1: missing exercises/two-fer/solution.py",
      'exercises/two-fer/test_two_fer.py:1: tests never import the learner\'s module "two_fer" (expected "from two_fer import …")',
    ]);
  });

  it("checks lessons: front matter, topic and fences", () => {
    const files = minimalContent();
    files["areas/basics/lessons/packages.md"] = "No front matter here.\n";
    files["areas/basics/lessons/ghost.md"] = "---\ntopic: ghost\ntitle: Ghost\n---\n```python\nprint(1)\n";
    expect(lines(problemsOf(files))).toEqual([
      'areas/basics/lessons/ghost.md:2: unknown topic "ghost"',
      "areas/basics/lessons/ghost.md:5: code block opened here is never closed",
      "areas/basics/lessons/packages.md:1: a lesson starts with front matter between --- lines naming its topic and title",
    ]);
  });

  it("reports an area folder that the curriculum does not list", () => {
    const files = minimalContent();
    files["areas/extra/area.yaml"] = "id: extra\n";
    expect(lines(problemsOf(files))).toEqual([
      "curriculum.yaml:1: area folder areas/extra/ is not listed in areas",
    ]);
  });

  it("reports a missing content directory", () => {
    const result = loadContent("/nonexistent/pyprep-content");
    expect(result.ok).toBe(false);
  });
});
