import { LEVELS, type Bank, type Level, type Question } from "./bank.ts";

/// A made-up bank of any size for tests and benchmarks: `areas` areas of `topicsPerArea` topics,
/// each topic needing the one before it (and every third one also a topic of the previous area),
/// with `itemsPerTopic` questions of mixed kinds and an exercise every fifth topic.
export function syntheticBank(options: {
  areas: number;
  topicsPerArea: number;
  itemsPerTopic: number;
}): Bank {
  const kinds = ["concept", "mcq", "predict-output", "concept", "review", "design"] as const;
  const summary =
    "A topic made up for tests, with a summary long enough to count as a paragraph of text.";
  const areas: Bank["areas"] = [];
  const questions: Question[] = [];
  const exercises: Bank["exercises"] = [];
  for (let a = 0; a < options.areas; a += 1) {
    const topics: Bank["areas"][number]["topics"] = [];
    for (let t = 0; t < options.topicsPerArea; t += 1) {
      const id = `a${a}-t${t}`;
      const level: Level =
        LEVELS[Math.min(2, Math.floor((t / options.topicsPerArea) * 3))] ?? "junior";
      const prerequisites = [
        ...(t > 0 ? [`a${a}-t${t - 1}`] : []),
        ...(a > 0 && t % 3 === 0 ? [`a${a - 1}-t${t}`] : []),
      ];
      topics.push({ id, title: id, level, prerequisites, summary, guide: [] });
      for (let i = 0; i < options.itemsPerTopic; i += 1) {
        const kind = kinds[(a + t + i) % kinds.length] ?? "concept";
        const common = { id: `${id}-q${i}`, level, topics: [id], prompt: "?", answer: "!" };
        const keyPoints = [
          { text: "one", phrases: ["one"] },
          { text: "two", phrases: ["two"] },
        ];
        if (kind === "mcq") {
          questions.push({
            ...common,
            kind,
            choices: [
              { text: "a", correct: true, explanation: "e" },
              { text: "b", correct: false, explanation: "e" },
            ],
          });
        } else if (kind === "predict-output") {
          questions.push({ ...common, kind, code: "print(1)", output: "1\n" });
        } else if (kind === "review") {
          questions.push({ ...common, kind, code: "x = 1", keyPoints });
        } else if (kind === "design") {
          questions.push({ ...common, kind, keyPoints });
        } else {
          questions.push({ ...common, kind: "concept", keyPoints });
        }
      }
      if (t % 5 === 4) {
        exercises.push({
          id: `${id}-ex`,
          kind: "code",
          title: "x",
          level,
          topics: [id],
          module: "x",
          statement: "",
          starter: "",
          solution: "",
          tests: [{ name: "test_x.py", source: "", visible: true }],
          wrong: [{ name: "w.py", source: "" }],
          hints: [],
          timeLimitMs: 1000,
        });
      }
    }
    areas.push({ id: `a${a}`, title: `Area ${a}`, summary, topics });
  }
  return { version: 1, areas, questions, exercises, lessons: [] };
}
