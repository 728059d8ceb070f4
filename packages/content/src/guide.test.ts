import { describe, expect, it } from "vitest";
import type { Bank } from "@pyprep/core";
import { guideCoverage, normalizeGuideText } from "./index.ts";

describe("normalizeGuideText", () => {
  it("ignores case, Markdown and punctuation", () => {
    expect(normalizeGuideText("`__init__.py` files")).toBe(normalizeGuideText("__INIT__.PY files"));
    expect(normalizeGuideText("**async/await:** Define and run coroutines.")).toBe(
      "async await define and run coroutines",
    );
  });

  it("keeps words apart", () => {
    expect(normalizeGuideText("if-elif-else")).not.toBe(normalizeGuideText("ifelifelse"));
  });
});

describe("guideCoverage", () => {
  const bank = (guide: string[], questionGuide?: string): Bank => ({
    version: 1,
    areas: [
      {
        id: "a",
        title: "A",
        summary: "s",
        topics: [{ id: "t", title: "T", level: "junior", prerequisites: [], summary: "s", guide }],
      },
    ],
    questions:
      questionGuide === undefined
        ? []
        : [
            {
              id: "q",
              kind: "concept",
              level: "junior",
              topics: ["t"],
              prompt: "p",
              answer: "a",
              guide: questionGuide,
              guideAnswer: "x",
              keyPoints: [
                { text: "k", phrases: ["k"] },
                { text: "l", phrases: ["l"] },
              ],
            },
          ],
    exercises: [],
    lessons: [],
  });
  const reference = {
    bullets: [
      { line: 1, section: "s", subsection: null, text: "Lists" },
      { line: 2, section: "s", subsection: null, text: "`deque`" },
    ],
    questions: [{ line: 3, section: "s", question: "What is a list?", answer: "x" }],
  };

  it("counts every bullet and question the bank traces", () => {
    const coverage = guideCoverage(bank(["Lists", "deque"], "What is a list?"), reference);
    expect(coverage.bullets).toMatchObject({ covered: 2, total: 2, missing: [] });
    expect(coverage.questions).toMatchObject({ covered: 1, total: 1, missing: [] });
    expect(coverage.percent).toBe(100);
  });

  it("lists what is not traced and rounds the percentage down", () => {
    const coverage = guideCoverage(bank(["Lists"]), reference);
    expect(coverage.bullets.missing.map((b) => b.line)).toEqual([2]);
    expect(coverage.questions.missing.map((q) => q.line)).toEqual([3]);
    expect(coverage.percent).toBe(33.3);
  });
});
