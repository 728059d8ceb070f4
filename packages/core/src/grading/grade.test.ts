import { describe, expect, it } from "vitest";
import {
  AnswerMismatchError,
  findPhrase,
  grade,
  gradeKeyPoints,
  tokenize,
  type Question,
} from "../index.ts";

const TUPLES = [
  {
    text: "Lists are mutable; tuples are immutable.",
    phrases: ["list is mutable", "tuples are immutable", "cannot be changed"],
  },
  {
    text: "Tuples are hashable, so they can be dict keys.",
    phrases: ["hashable", "dictionary key"],
  },
  { text: "Both are ordered sequences.", phrases: ["ordered", "keep insertion order"] },
];

const hits = (answer: string) => gradeKeyPoints(TUPLES, answer).keyPoints.map((k) => k.hit);

describe("gradeKeyPoints", () => {
  it("finds each key point and shows the words that showed it", () => {
    const result = gradeKeyPoints(
      TUPLES,
      "Lists and tuples are ordered. A tuple cannot be changed, so it is hashable.",
    );
    expect(result.keyPoints).toEqual([
      { text: TUPLES[0]?.text, hit: true, evidence: "cannot be changed" },
      { text: TUPLES[1]?.text, hit: true, evidence: "hashable" },
      { text: TUPLES[2]?.text, hit: true, evidence: "ordered" },
    ]);
    expect(result.score).toBe(1);
    expect(result.rating).toBe(3);
  });

  it("is robust to inflection and word order", () => {
    expect(hits("Tuples: immutable. Lists keep their insertion ordering.")).toEqual([
      true,
      false,
      true,
    ]);
    expect(hits("Being immutable is what tuples are about")).toEqual([true, false, false]);
  });

  it("does not count a negated statement as the statement", () => {
    expect(hits("Tuples are not hashable.")).toEqual([false, false, false]);
    expect(hits("A tuple isn't ordered")).toEqual([false, false, false]);
    expect(hits("Lists are not mutable")).toEqual([false, false, false]);
  });

  it("reads 'not mutable' as 'immutable'", () => {
    expect(hits("Tuples are not mutable")).toEqual([true, false, false]);
  });

  it("keeps two statements joined by 'and' apart", () => {
    expect(hits("Tuples are mutable and lists are immutable")).toEqual([false, false, false]);
    expect(hits("Lists and tuples are both ordered")).toEqual([false, false, true]);
  });

  it("matches a negated phrase only when the answer negates it too", () => {
    const points = [{ text: "Tuples cannot be modified.", phrases: ["cannot be modified"] }];
    expect(gradeKeyPoints(points, "you can't modify a tuple").score).toBe(1);
    expect(gradeKeyPoints(points, "you can modify a tuple").score).toBe(0);
  });

  it("reads Python's None as a value and 'none of' as a negation", () => {
    const points = [{ text: "`__init__` must return None.", phrases: ["must return None"] }];
    expect(gradeKeyPoints(points, "__init__ must always return None").score).toBe(1);
    expect(gradeKeyPoints(points, "__init__ must return `None`.").score).toBe(1);
    const negated = tokenize("None of them must return a value.");
    expect(negated[0]?.negation).toBe(true);
    expect(tokenize("it returns none of them").find((t) => t.key === "not")).toBeDefined();
  });

  it("keeps Python identifiers, dotted names and big-O classes whole", () => {
    const points = [
      { text: "__init__ initialises", phrases: ["__init__"] },
      { text: "append is amortised O(1)", phrases: ["append O(1)"] },
      { text: "sorting is O(n log n)", phrases: ["O(n log n)"] },
    ];
    const result = gradeKeyPoints(
      points,
      "The __init__() method sets state; list.append() is O(1); sorted() costs O(N*logN).",
    );
    expect(result.keyPoints.map((k) => k.hit)).toEqual([true, true, true]);
    expect(gradeKeyPoints(points, "init sets state").keyPoints[0]?.hit).toBe(false);
  });

  it("reads superscripts in big-O and keeps Python keywords such as with and as", () => {
    const points = [
      { text: "bubble sort is quadratic", phrases: ["bubble sort O(n^2)"] },
      { text: "with open closes the file", phrases: ["with open"] },
      { text: "the re module", phrases: ["re module"] },
    ];
    expect(
      gradeKeyPoints(
        points,
        "Bubble sort takes O(n²). Use `with open(path) as f`; the re module does regexes.",
      ).score,
    ).toBe(1);
    expect(gradeKeyPoints(points, "open the file; any module will do").score).toBe(0);
  });

  it("accepts synonyms from the built-in lexicon", () => {
    const points = [{ text: "Strings cannot be changed", phrases: ["strings cannot be changed"] }];
    expect(gradeKeyPoints(points, "A string can't be modified in place").score).toBe(1);
  });

  it("uses a key point's regular expressions", () => {
    const points = [
      { text: "mentions PEP 8", phrases: ["style guide"], patterns: ["pep\\s*-?\\s*8\\b"] },
    ];
    expect(gradeKeyPoints(points, "follow PEP-8").keyPoints[0]).toMatchObject({
      hit: true,
      evidence: "PEP-8",
    });
  });

  it("suggests Again, Hard or Good from the score", () => {
    expect(gradeKeyPoints(TUPLES, "no idea").rating).toBe(1);
    expect(gradeKeyPoints(TUPLES, "tuples are immutable").rating).toBe(2);
    expect(gradeKeyPoints(TUPLES, "tuples are immutable and hashable, and ordered").rating).toBe(3);
  });

  it("marks a key point the answer contradicts and costs half a point for it", () => {
    const points = [
      { text: "Threads share memory", phrases: ["threads share memory"] },
      { text: "Processes do not share memory", phrases: ["processes have separate memory"] },
    ];
    const result = gradeKeyPoints(
      points,
      "Threads share memory. Processes don't have separate memory either.",
    );
    expect(result.keyPoints[1]).toMatchObject({
      hit: false,
      contradiction: "Processes don't have separate memory",
    });
    expect(result.score).toBe(0.25);
  });

  it("does not count a phrase made only of the question's own words", () => {
    const points = [
      { text: "Use parameterized queries", phrases: ["sql injection", "parameterized queries"] },
    ];
    const prompt = "How do you prevent SQL injection?";
    expect(gradeKeyPoints(points, "SQL injection is bad", prompt).score).toBe(0);
    expect(gradeKeyPoints(points, "SQL injection is bad").score).toBe(1);
    expect(gradeKeyPoints(points, "use parameterized queries", prompt).score).toBe(1);
  });

  it("names a stated misconception with its correction and costs a full point for it", () => {
    const points = [
      { text: "Threads share memory.", phrases: ["share memory"] },
      { text: "Processes use several cores.", phrases: ["multiple cores", "several cores"] },
    ];
    const misconceptions = [
      {
        text: "Threads run Python code on several cores at once.",
        phrases: ["threads run on multiple cores", "threads parallel cpu"],
        correction: "In CPython the GIL lets one thread run Python bytecode at a time.",
      },
    ];
    const wrong = gradeKeyPoints(
      points,
      "Threads share memory and threads run on multiple cores, so use them for CPU work.",
      "",
      misconceptions,
    );
    expect(wrong.misconceptions).toEqual([
      {
        text: "Threads run Python code on several cores at once.",
        evidence: "threads run on multiple cores",
        correction: "In CPython the GIL lets one thread run Python bytecode at a time.",
      },
    ]);
    // Two points shown, one misconception stated: (2 − 1) ÷ 2.
    expect(wrong.score).toBe(0.5);
    const right = gradeKeyPoints(
      points,
      "Threads share memory but threads don't run on multiple cores at once; processes use several cores.",
      "",
      misconceptions,
    );
    expect(right.misconceptions).toEqual([]);
    expect(right.score).toBe(1);
  });

  it("suggests Again when a misconception is stated, or Hard when the rest is strong", () => {
    const points = [
      { text: "Threads share memory.", phrases: ["share memory"] },
      { text: "Processes use several cores.", phrases: ["several cores"] },
      { text: "Processes have their own memory.", phrases: ["separate memory"] },
    ];
    const misconceptions = [
      {
        text: "asyncio.Queue is thread-safe.",
        phrases: ["asyncio.Queue is thread-safe"],
        correction: "Use queue.Queue between threads.",
      },
    ];
    const answer =
      "Threads share memory, processes have separate memory and use several cores, and asyncio.Queue is thread-safe.";
    const result = gradeKeyPoints(points, answer, "", misconceptions);
    expect(result.misconceptions).toHaveLength(1);
    // Three points shown, one misconception: (3 − 1) ÷ 3, Good by score but Hard at most.
    expect(result.score).toBeCloseTo(2 / 3);
    expect(result.rating).toBe(2);
    const weaker = gradeKeyPoints(
      points,
      "Threads share memory and processes use several cores; asyncio.Queue is thread-safe.",
      "",
      misconceptions,
    );
    // (2 − 1) ÷ 3: Hard by score, Again with the misconception.
    expect(weaker.score).toBeCloseTo(1 / 3);
    expect(weaker.rating).toBe(1);
  });

  it("needs a misconception's words in the phrase's order", () => {
    const misconceptions = [
      {
        text: "asyncio.Queue is thread-safe.",
        phrases: ["asyncio.Queue is thread-safe"],
        correction: "Use queue.Queue between threads.",
      },
    ];
    const points = [{ text: "queue.Queue between threads.", phrases: ["queue.Queue"] }];
    const stated = (answer: string) =>
      gradeKeyPoints(points, answer, "", misconceptions).misconceptions.length;
    expect(stated("asyncio.Queue is thread-safe too")).toBe(1);
    expect(
      stated("between threads use queue.Queue (thread-safe), asyncio.Queue for coroutines"),
    ).toBe(0);
  });

  it("does not hold a misconception against an answer that names it as a mistake", () => {
    const misconceptions = [
      {
        text: "The GIL makes code thread-safe.",
        phrases: ["gil makes code thread-safe"],
        correction: "Shared data still needs a lock.",
      },
    ];
    const points = [{ text: "Shared data needs a lock.", phrases: ["need a lock"] }];
    const stated = (answer: string) =>
      gradeKeyPoints(points, answer, "", misconceptions).misconceptions.length;
    expect(stated("The GIL makes code thread-safe, so locks are optional.")).toBe(1);
    expect(
      stated("A common mistake is thinking the GIL makes code thread-safe; you still need a lock."),
    ).toBe(0);
    expect(
      stated("Many people believe the GIL makes code thread-safe. You still need a lock."),
    ).toBe(0);
    // Only within its own sentence.
    expect(stated("That was my mistake. The GIL makes code thread-safe.")).toBe(1);
  });

  it("does not read advice as a contradiction of a bare term", () => {
    const points = [{ text: "Mutable defaults are shared", phrases: ["mutable default"] }];
    const result = gradeKeyPoints(points, "Never use a mutable default.");
    expect(result.keyPoints[0]?.contradiction).toBeUndefined();
  });

  it("reads 'X don't share' as a negated statement and 'don't share' alone as advice", () => {
    const points = [
      { text: "Processes do not share memory.", phrases: ["processes do not share memory"] },
    ];
    expect(gradeKeyPoints(points, "Processes don't share memory with each other.").score).toBe(1);
    expect(gradeKeyPoints(points, "Processes share memory.").score).toBe(0);
    const negations = (text: string) => tokenize(text).filter((t) => t.negation).length;
    expect(negations("Don't share mutable state between threads.")).toBe(0);
    expect(negations("So never share mutable state.")).toBe(0);
    expect(negations("Threads never share a stack.")).toBe(1);
  });

  it("counts 'neither … nor' as one negation", () => {
    const points = [{ text: "Neither is thread-safe.", phrases: ["not thread-safe"] }];
    expect(gradeKeyPoints(points, "Neither lists nor dicts are thread-safe.").score).toBe(1);
  });
});

describe("findPhrase", () => {
  it("needs every content word of the phrase in one clause", () => {
    const answer = tokenize("Lists are ordered. Tuples are hashable.");
    expect(findPhrase(answer, "lists hashable")).toBeUndefined();
    expect(findPhrase(answer, "tuples hashable")).toBeDefined();
  });
});

describe("grade", () => {
  const mcq: Question = {
    id: "q",
    kind: "mcq",
    level: "junior",
    topics: ["t"],
    prompt: "Which are immutable?",
    answer: "tuple and frozenset",
    choices: [
      { text: "tuple", correct: true, explanation: "e" },
      { text: "list", correct: false, explanation: "e" },
      { text: "frozenset", correct: true, explanation: "e" },
    ],
  };

  it("grades multiple choice exactly: every correct choice and no other", () => {
    expect(grade(mcq, { kind: "choices", selected: [0, 2] }).score).toBe(1);
    expect(grade(mcq, { kind: "choices", selected: [0] }).score).toBe(0);
    expect(grade(mcq, { kind: "choices", selected: [0, 1, 2] }).rating).toBe(1);
  });

  it("refuses a choice that does not exist", () => {
    expect(() => grade(mcq, { kind: "choices", selected: [7] })).toThrow(AnswerMismatchError);
  });

  it("compares predicted output after normalising trailing whitespace", () => {
    const predict: Question = {
      id: "p",
      kind: "predict-output",
      level: "junior",
      topics: ["t"],
      prompt: "?",
      answer: "a",
      code: "print(1)",
      output: "[1, 2] [1, 2]\n",
    };
    expect(grade(predict, { kind: "output", text: "[1, 2] [1, 2]   \n\n" }).score).toBe(1);
    expect(grade(predict, { kind: "output", text: "[1] [1, 2]" }).score).toBe(0);
  });

  it("grades code from the verdict and the share of tests passed, never Good unless accepted", () => {
    const code: Question = {
      id: "c",
      kind: "code",
      level: "junior",
      topics: ["t"],
      prompt: "?",
      answer: "a",
      exercise: "e",
    };
    expect(grade(code, { kind: "judged", verdict: "accepted", passed: 6, total: 6 })).toMatchObject(
      { score: 1, rating: 3 },
    );
    expect(
      grade(code, { kind: "judged", verdict: "wrong_answer", passed: 5, total: 6 }),
    ).toMatchObject({ rating: 2 });
    expect(
      grade(code, { kind: "judged", verdict: "time_limit_exceeded", passed: 0, total: 6 }),
    ).toMatchObject({ score: 0, rating: 1 });
  });

  it("refuses an answer of the wrong kind", () => {
    expect(() => grade(mcq, { kind: "text", text: "tuple" })).toThrow(
      "a text answer cannot grade a mcq question",
    );
  });
});
