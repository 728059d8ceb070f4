import type { KeyPoint, Misconception, Question } from "../bank.ts";
import { tokenize, type Token } from "./text.ts";

/// FSRS ratings: 1 Again, 2 Hard, 3 Good, 4 Easy.
export type Rating = 1 | 2 | 3 | 4;

export interface KeyPointResult {
  readonly text: string;
  readonly hit: boolean;
  /// The words of the answer that showed the point (empty when missed).
  readonly evidence: string;
  /// Set when the answer states the opposite of the point ("tuples are not hashable"): the words
  /// that did. A contradicted point costs more than a missing one.
  readonly contradiction?: string;
}

/// A common false claim that the answer states, with the words that stated it.
export interface MisconceptionResult {
  readonly text: string;
  readonly evidence: string;
  readonly correction: string;
}

export interface Grade {
  /// Share of what was asked that the answer got right, in [0, 1].
  readonly score: number;
  readonly keyPoints: readonly KeyPointResult[];
  /// The question's listed misconceptions that the answer states (empty when none).
  readonly misconceptions: readonly MisconceptionResult[];
  /// The rating to suggest; the learner may change it.
  readonly rating: Rating;
}

/// Score → suggested rating. Easy is left to the learner: a grader cannot tell effortless from lucky.
export function suggestRating(score: number): Rating {
  if (score >= GOOD_FROM) return 3;
  if (score >= HARD_FROM) return 2;
  return 1;
}

/// Score thresholds of the suggested ratings (docs/learning-model.md, BENCHMARKS.md).
export const GOOD_FROM = 0.7;
export const HARD_FROM = 0.2;

/// How far a negation reaches: from a few words before the matched words ("not thread-safe") to
/// a couple after them ("parameterized queries don't protect").
const NEGATION_BEFORE = 3;
const NEGATION_AFTER = 2;

interface PhraseMatch {
  readonly start: number;
  readonly end: number;
}

/// Whether `phrase` is shown in `answer`: every content word of the phrase (by stem or synonym
/// group) appears in one clause of the answer, close together, and the negations around them agree
/// with the phrase's ("tuples are not mutable" does not show "tuples are mutable").
export function findPhrase(
  answer: readonly Token[],
  phrase: string,
  polarity: "same" | "opposite" = "same",
  ordered = false,
): PhraseMatch | undefined {
  const wanted = tokenize(phrase);
  const words = wanted.filter((t) => !t.negation);
  if (words.length === 0) return undefined;
  const phraseNegated = wanted.filter((t) => t.negation).length % 2 === 1;
  const window = Math.max(4, words.length * 3);

  const first = words[0];
  if (first === undefined) return undefined;
  let best: PhraseMatch | undefined;
  for (const anchor of answer) {
    if (anchor.key !== first.key && (ordered || !words.some((w) => w.key === anchor.key))) continue;
    // Gather, in the anchor's clause and within the window after it, one token per phrase word.
    const clauseTokens = answer.filter(
      (t) =>
        t.clause === anchor.clause && t.index >= anchor.index && t.index < anchor.index + window,
    );
    const used: Token[] = [];
    let complete = true;
    for (const [w, word] of words.entries()) {
      // In order: after the previous word's token, or beside it when both are parts of one
      // compound ("asyncio.Queue").
      const previous = used.at(-1);
      const sameSpot = words[w - 1]?.index === word.index;
      const inOrder = (t: Token) =>
        !ordered ||
        previous === undefined ||
        (sameSpot ? t.index >= previous.index : t.index > previous.index);
      const found = clauseTokens.find((t) => t.key === word.key && !used.includes(t) && inOrder(t));
      if (found === undefined) {
        complete = false;
        break;
      }
      used.push(found);
    }
    if (!complete) continue;
    const from = Math.min(...used.map((t) => t.index));
    const to = Math.max(...used.map((t) => t.index));
    // Negations that govern the match: in the same clause, from a few words before it to a couple
    // after it. A one-word phrase names a thing; only a negation before it ("not hashable") says it
    // is absent, while one after it usually belongs to the rest of the sentence ("f-strings: never").
    const after = words.length > 1 ? NEGATION_AFTER : 0;
    const governing = answer.filter(
      (t) =>
        t.negation &&
        t.clause === anchor.clause &&
        t.index >= from - NEGATION_BEFORE &&
        t.index <= to + after,
    );
    const negations = governing.length;
    const agrees = (negations % 2 === 1) === phraseNegated;
    if (agrees !== (polarity === "same")) continue;
    const all = [...used, ...governing];
    const match = {
      start: Math.min(...all.map((t) => t.start)),
      end: Math.max(...all.map((t) => t.end)),
    };
    // The tightest match is the best evidence.
    if (best === undefined || match.end - match.start < best.end - best.start) best = match;
  }
  return best;
}

/// What a contradicted key point costs, in key points: stating the opposite of a fact is worse
/// than leaving it out.
export const CONTRADICTION_PENALTY = 0.5;

/// Words before a claim, in its sentence, that present it as someone's mistake rather than the
/// learner's own statement.
const REPORTED_CLAIM =
  /\b(?:mistakes?|myths?|misconceptions?|misunderstandings?|mistakenly|wrongly|pitfalls?|gotchas?|traps?|(?:people|beginners|juniors|newcomers|many|others|folks|candidates|everyone|some(?:one)?)\s+(?:\w+\s+)?(?:think|thinks|believe|believes|assume|assumes|expect|expects|claim|claims|say|says))\b/i;

/// The score, after a misconception's penalty, from which an answer that states one is rated Hard
/// rather than Again (BENCHMARKS.md, grader).
export const STRONG_DESPITE_MISCONCEPTION = 0.5;

/// What stating one of the question's listed misconceptions costs, in key points.
export const MISCONCEPTION_PENALTY = 1;

/// Grades a free-text answer against key points: each point is hit when any of its phrases (or
/// patterns) is shown in the answer, and contradicted when a phrase appears with the opposite
/// negation ("tuples are not hashable" against "tuples are hashable"). A misconception is stated
/// when one of its phrases is shown with its words in order, unless the answer presents it as a
/// mistake. The score is (hits − 0.5 × contradictions − 1 × misconceptions stated) ÷ points, floored
/// at 0; the rating follows the score, except that a stated misconception makes it Again, or Hard
/// when the score is still at least STRONG_DESPITE_MISCONCEPTION.
export function gradeKeyPoints(
  keyPoints: readonly KeyPoint[],
  answer: string,
  prompt = "",
  misconceptions: readonly Misconception[] = [],
): Grade {
  const tokens = tokenize(answer);
  // Words of the question are given, not shown: a phrase made only of them proves nothing.
  const given = new Set(tokenize(prompt).map((t) => t.key));
  const telling = (phrase: string) =>
    tokenize(phrase).some((t) => !t.negation && !given.has(t.key));
  // "A common mistake is X", "people often think X": the answer names the false claim as one.
  const reported = (start: number) => {
    const sentence =
      answer
        .slice(0, start)
        .split(/[.!?;\n]/)
        .at(-1) ?? "";
    return REPORTED_CLAIM.test(sentence);
  };
  // The words of the answer that show any of the phrases or patterns, if some do.
  const shown = (phrases: readonly string[], patterns: readonly string[] = [], claim = false) => {
    // A false claim is a statement: its words must come in the phrase's order, and one the answer
    // reports as a mistake ("a common mistake is X") is not stated.
    const skip = (start: number) => claim && reported(start);
    for (const phrase of phrases) {
      const match = findPhrase(tokens, phrase, "same", claim);
      if (match !== undefined && !skip(match.start)) return answer.slice(match.start, match.end);
    }
    for (const pattern of patterns) {
      const match = new RegExp(pattern, "iu").exec(answer);
      if (match !== null && !skip(match.index)) return match[0];
    }
    return undefined;
  };
  const results = keyPoints.map((point): KeyPointResult => {
    const evidence = shown(point.phrases.filter(telling), point.patterns);
    if (evidence !== undefined) return { text: point.text, hit: true, evidence };
    // Only a phrase that states something (two words or more) can be contradicted; a negation
    // next to a bare term is too often advice ("never use a mutable default").
    for (const phrase of point.phrases.filter(
      (p) => tokenize(p).filter((t) => !t.negation).length > 1,
    )) {
      const match = findPhrase(tokens, phrase, "opposite");
      if (match !== undefined) {
        const contradiction = answer.slice(match.start, match.end);
        return { text: point.text, hit: false, evidence: "", contradiction };
      }
    }
    return { text: point.text, hit: false, evidence: "" };
  });
  const stated = misconceptions.flatMap((m): MisconceptionResult[] => {
    const evidence = shown(m.phrases.filter(telling), m.patterns, true);
    return evidence === undefined ? [] : [{ text: m.text, evidence, correction: m.correction }];
  });
  const hits = results.filter((r) => r.hit).length;
  const contradictions = results.filter((r) => r.contradiction !== undefined).length;
  const lost = CONTRADICTION_PENALTY * contradictions + MISCONCEPTION_PENALTY * stated.length;
  const score = results.length === 0 ? 0 : Math.max(0, hits - lost) / results.length;
  // A false belief must come back soon: Again, or Hard when the rest of the answer is strong.
  const rating =
    stated.length > 0 ? (score >= STRONG_DESPITE_MISCONCEPTION ? 2 : 1) : suggestRating(score);
  return { score, keyPoints: results, misconceptions: stated, rating };
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
      return gradeKeyPoints(
        question.keyPoints,
        answer.text,
        question.prompt,
        question.misconceptions,
      );
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
      return { score, keyPoints: [], misconceptions: [], rating: correct ? 3 : 1 };
    }
    case "predict-output": {
      if (answer.kind !== "output" && answer.kind !== "text")
        throw new AnswerMismatchError(question.kind, answer.kind);
      const correct = normalizeOutput(answer.text) === normalizeOutput(question.output);
      return { score: correct ? 1 : 0, keyPoints: [], misconceptions: [], rating: correct ? 3 : 1 };
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
  if (verdict === "accepted") return { score: 1, keyPoints: [], misconceptions: [], rating: 3 };
  const share = total > 0 ? Math.max(0, Math.min(1, passed / total)) : 0;
  const score = Math.min(share, GOOD_FROM - 0.01);
  return { score, keyPoints: [], misconceptions: [], rating: suggestRating(score) };
}
