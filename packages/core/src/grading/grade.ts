import type { KeyPoint, Question } from "../bank.ts";
import { tokenize, type Token } from "./text.ts";

/// FSRS ratings: 1 Again, 2 Hard, 3 Good, 4 Easy.
export type Rating = 1 | 2 | 3 | 4;

export interface KeyPointResult {
  readonly text: string;
  readonly hit: boolean;
  /// The words of the answer that showed the point (empty when missed).
  readonly evidence: string;
}

export interface Grade {
  /// Share of what was asked that the answer got right, in [0, 1].
  readonly score: number;
  readonly keyPoints: readonly KeyPointResult[];
  /// The rating to suggest; the learner may change it.
  readonly rating: Rating;
}

/// Score → suggested rating. Easy is left to the learner: a grader cannot tell effortless from lucky.
export function suggestRating(score: number): Rating {
  if (score >= 0.8) return 3;
  if (score >= 0.45) return 2;
  return 1;
}

interface PhraseMatch {
  readonly start: number;
  readonly end: number;
}

/// Whether `phrase` is shown in `answer`: every content word of the phrase (by stem or synonym
/// group) appears in one clause of the answer, close together, and the negations around them agree
/// with the phrase's ("tuples are not mutable" does not show "tuples are mutable").
export function findPhrase(answer: readonly Token[], phrase: string): PhraseMatch | undefined {
  const wanted = tokenize(phrase);
  const words = wanted.filter((t) => !t.negation);
  if (words.length === 0) return undefined;
  const phraseNegated = wanted.filter((t) => t.negation).length % 2 === 1;
  const window = Math.max(4, words.length * 3);

  const first = words[0];
  if (first === undefined) return undefined;
  for (const anchor of answer) {
    if (anchor.key !== first.key && !words.some((w) => w.key === anchor.key)) continue;
    // Gather, in the anchor's clause and within the window after it, one token per phrase word.
    const clauseTokens = answer.filter(
      (t) =>
        t.clause === anchor.clause && t.index >= anchor.index && t.index < anchor.index + window,
    );
    const used: Token[] = [];
    let complete = true;
    for (const word of words) {
      const found = clauseTokens.find((t) => t.key === word.key && !used.includes(t));
      if (found === undefined) {
        complete = false;
        break;
      }
      used.push(found);
    }
    if (!complete) continue;
    const from = Math.min(...used.map((t) => t.index));
    const to = Math.max(...used.map((t) => t.index));
    // Negations that govern the match: in the same clause, from a few words before it to its end.
    const negations = answer.filter(
      (t) => t.negation && t.clause === anchor.clause && t.index >= from - 3 && t.index <= to,
    ).length;
    if ((negations % 2 === 1) !== phraseNegated) continue;
    const all = [
      ...used,
      ...answer.filter(
        (t) => t.negation && t.clause === anchor.clause && t.index >= from - 3 && t.index <= to,
      ),
    ];
    return { start: Math.min(...all.map((t) => t.start)), end: Math.max(...all.map((t) => t.end)) };
  }
  return undefined;
}

/// Grades a free-text answer against key points: each point is hit when any of its phrases (or
/// patterns) is shown in the answer; the score is the share of points hit.
export function gradeKeyPoints(keyPoints: readonly KeyPoint[], answer: string): Grade {
  const tokens = tokenize(answer);
  const results = keyPoints.map((point): KeyPointResult => {
    for (const phrase of point.phrases) {
      const match = findPhrase(tokens, phrase);
      if (match !== undefined)
        return { text: point.text, hit: true, evidence: answer.slice(match.start, match.end) };
    }
    for (const pattern of point.patterns ?? []) {
      const match = new RegExp(pattern, "iu").exec(answer);
      if (match !== null) return { text: point.text, hit: true, evidence: match[0] };
    }
    return { text: point.text, hit: false, evidence: "" };
  });
  const score = results.length === 0 ? 0 : results.filter((r) => r.hit).length / results.length;
  return { score, keyPoints: results, rating: suggestRating(score) };
}

/// What a learner submitted, per kind.
export type Answer =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "choices"; readonly selected: readonly number[] }
  | { readonly kind: "output"; readonly text: string }
  | {
      readonly kind: "judged";
      readonly verdict: string;
      readonly passed: number;
      readonly total: number;
    };

/// A submission that cannot be graded against this question (wrong answer kind, bad choice index).
export class AnswerMismatchError extends Error {
  override readonly name = "AnswerMismatchError";
  readonly questionKind: string;
  readonly answerKind: string;
  constructor(questionKind: string, answerKind: string, detail = "") {
    super(
      `a ${answerKind} answer cannot grade a ${questionKind} question${detail === "" ? "" : `: ${detail}`}`,
    );
    this.questionKind = questionKind;
    this.answerKind = answerKind;
  }
}

/// Output as compared for predict-the-output: trailing whitespace and trailing blank lines ignored.
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}

/// Grades any question kind: free text on key points; choices exactly (all correct ones and no
/// other); predicted output after normalising trailing whitespace; code from the judge's verdict
/// and the share of tests passed.
export function grade(question: Question, answer: Answer): Grade {
  switch (question.kind) {
    case "concept":
    case "review":
    case "design": {
      if (answer.kind !== "text") throw new AnswerMismatchError(question.kind, answer.kind);
      return gradeKeyPoints(question.keyPoints, answer.text);
    }
    case "mcq": {
      if (answer.kind !== "choices") throw new AnswerMismatchError(question.kind, answer.kind);
      const bad = answer.selected.find(
        (i) => !Number.isInteger(i) || i < 0 || i >= question.choices.length,
      );
      if (bad !== undefined)
        throw new AnswerMismatchError(question.kind, answer.kind, `no choice ${bad}`);
      const selected = new Set(answer.selected);
      const correct = question.choices.every((c, i) => c.correct === selected.has(i));
      const score = correct ? 1 : 0;
      return { score, keyPoints: [], rating: correct ? 3 : 1 };
    }
    case "predict-output": {
      if (answer.kind !== "output" && answer.kind !== "text")
        throw new AnswerMismatchError(question.kind, answer.kind);
      const correct = normalizeOutput(answer.text) === normalizeOutput(question.output);
      return { score: correct ? 1 : 0, keyPoints: [], rating: correct ? 3 : 1 };
    }
    case "code":
    case "debug": {
      if (answer.kind !== "judged") throw new AnswerMismatchError(question.kind, answer.kind);
      return gradeJudged(answer.verdict, answer.passed, answer.total);
    }
  }
}

/// An exercise's grade from the judge: accepted is 1; otherwise the share of tests passed, capped
/// below the "Good" threshold so that a failing submission is never rated Good.
export function gradeJudged(verdict: string, passed: number, total: number): Grade {
  if (verdict === "accepted") return { score: 1, keyPoints: [], rating: 3 };
  const share = total > 0 ? Math.max(0, Math.min(1, passed / total)) : 0;
  const score = Math.min(share, 0.79);
  return { score, keyPoints: [], rating: suggestRating(score) };
}
