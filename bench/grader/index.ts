// Grader evaluation: the key-point grader against a labelled set of learner answers, next to a
// bag-of-words cosine baseline on the same set.
//   npx tsx bench/grader/index.ts [--details]
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadContent } from "@pyprep/content";
import {
  GOOD_FROM,
  HARD_FROM,
  STRONG_DESPITE_MISCONCEPTION,
  grade,
  tokenize,
  type Question,
  type Rating,
} from "@pyprep/core";
import { parse } from "yaml";
import { z } from "zod";

const LABELS = ["wrong", "partial", "correct"] as const;
type Label = (typeof LABELS)[number];

const entrySchema = z.object({
  question: z.string(),
  label: z.enum(LABELS),
  style: z.string(),
  answer: z.string(),
});
type Entry = z.infer<typeof entrySchema>;

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const readSet = (file: string): Entry[] =>
  existsSync(here(file)) ? z.array(entrySchema).parse(parse(readFileSync(here(file), "utf8"))) : [];
/// The tuning set: the grader and the content's phrases were developed against it.
const dev = readSet("./labelled-answers.yaml");
/// The held-out set: written apart from the grader and never used to tune it.
const heldOut = readSet("./heldout-answers.yaml");
/// The fresh set: written after the grader's last change by writers who saw only the prompts and
/// their rubrics, and measured once (BENCHMARKS.md).
const fresh = readSet("./fresh-answers.yaml");
const loaded = loadContent(here("../../content"));
if (!loaded.ok) throw new Error("the content bank has problems: run pyprep content check");
const questions = new Map(loaded.bank.questions.map((q) => [q.id, q]));

/// The product's own suggested rating as a label: Good → correct, Hard → partial, Again → wrong.
const graderLabel = (s: Scored): Label =>
  s.rating >= 3 ? "correct" : s.rating === 2 ? "partial" : "wrong";

/// Baseline: cosine similarity of word counts (stemmed, stop words dropped) between the answer and
/// the model answer plus the key points' texts.
function bagOfWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text))
    if (!token.negation) counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
  return counts;
}
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    dot += v * (b.get(k) ?? 0);
    na += v * v;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
const reference = (q: Question) =>
  `${q.answer}\n${(q.keyPoints ?? []).map((k) => k.text).join("\n")}`;

interface Scored {
  readonly label: Label;
  readonly grader: number;
  /// The grader's suggested rating: from the score, or Again when a misconception is stated.
  readonly rating: Rating;
  readonly stated: boolean;
  readonly baseline: number;
  readonly entry: Entry;
  readonly index: number;
}
const gradeEntry = (entry: Entry) => {
  const question = questions.get(entry.question);
  if (question === undefined || question.kind !== "concept")
    throw new Error(`unknown or not a concept question: ${entry.question}`);
  return { question, grade: grade(question, { kind: "text", text: entry.answer }) };
};
const score = (entries: readonly Entry[]): Scored[] =>
  entries.map((entry, index) => {
    const { question, grade: result } = gradeEntry(entry);
    return {
      label: entry.label,
      grader: result.score,
      rating: result.rating,
      stated: result.misconceptions.length > 0,
      baseline: cosine(bagOfWords(entry.answer), bagOfWords(reference(question))),
      entry,
      index,
    };
  });
const scored = score(dev);
const scoredHeldOut = score(heldOut);
const scoredFresh = score(fresh);

function metrics(gold: readonly Label[], predicted: readonly Label[]) {
  const n = gold.length;
  const idx = (l: Label) => LABELS.indexOf(l);
  const accuracy = gold.filter((g, i) => g === predicted[i]).length / n;
  const f1s = LABELS.map((label) => {
    const tp = gold.filter((g, i) => g === label && predicted[i] === label).length;
    const fp = gold.filter((g, i) => g !== label && predicted[i] === label).length;
    const fn = gold.filter((g, i) => g === label && predicted[i] !== label).length;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  // Quadratic weighted kappa over the ordered labels wrong < partial < correct.
  const k = LABELS.length;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  gold.forEach((g, i) => {
    const row = observed[idx(g)];
    if (row !== undefined)
      row[idx(predicted[i] ?? "wrong")] = (row[idx(predicted[i] ?? "wrong")] ?? 0) + 1;
  });
  const goldHist = LABELS.map((l) => gold.filter((g) => g === l).length);
  const predHist = LABELS.map((l) => predicted.filter((p) => p === l).length);
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * (observed[i]?.[j] ?? 0);
      den += (w * (goldHist[i] ?? 0) * (predHist[j] ?? 0)) / n;
    }
  }
  return { accuracy, macroF1, kappa: den === 0 ? 0 : 1 - num / den, f1s };
}

/// A label that does not depend on the thresholds (a stated misconception), or undefined.
type Fixed = (s: Scored) => Label | undefined;

/// Best two thresholds for a score on `train` (grid search, macro-F1).
function fitThresholds(
  train: readonly Scored[],
  pick: (s: Scored) => number,
  fixed: Fixed = () => undefined,
) {
  const grid = Array.from({ length: 101 }, (_, i) => i / 100);
  let best = { low: 0, high: 0, f1: -1 };
  for (const low of grid) {
    for (const high of grid) {
      if (high < low) continue;
      const predicted = train.map(
        (s) => fixed(s) ?? (pick(s) >= high ? "correct" : pick(s) >= low ? "partial" : "wrong"),
      );
      const { macroF1 } = metrics(
        train.map((s) => s.label),
        predicted,
      );
      if (macroF1 > best.f1) best = { low, high, f1: macroF1 };
    }
  }
  return best;
}

const halves = [
  scored.filter((s) => s.index % 2 === 0),
  scored.filter((s) => s.index % 2 === 1),
] as const;
const toLabel = (value: number, t: { low: number; high: number }): Label =>
  value >= t.high ? "correct" : value >= t.low ? "partial" : "wrong";
const gold = (set: readonly Scored[]) => set.map((s) => s.label);

/// Two-fold cross-fitting: thresholds fitted on one half, measured on the other, both ways; the
/// predictions of both folds are pooled. Both methods get the same treatment.
function crossFitted(pick: (s: Scored) => number, fixed: Fixed = () => undefined) {
  const predicted: { s: Scored; label: Label }[] = [];
  const fits = halves.map((train, k) => {
    const t = fitThresholds(train, pick, fixed);
    for (const s of halves[1 - k] ?? [])
      predicted.push({ s, label: fixed(s) ?? toLabel(pick(s), t) });
    return t;
  });
  return {
    metrics: metrics(
      predicted.map((p) => p.s.label),
      predicted.map((p) => p.label),
    ),
    fits,
  };
}

// A stated misconception fixes the label (Hard or Again) whatever the thresholds, as in the product.
const graderCross = crossFitted(
  (s) => s.grader,
  (s) => (s.stated ? (s.grader >= STRONG_DESPITE_MISCONCEPTION ? "partial" : "wrong") : undefined),
);
const baselineCross = crossFitted((s) => s.baseline);
const baselineWhole = fitThresholds(scored, (s) => s.baseline);
const product = metrics(gold(scored), scored.map(graderLabel));
const baselineBest = metrics(
  gold(scored),
  scored.map((s) => toLabel(s.baseline, baselineWhole)),
);

const describe = (name: string, entries: readonly Entry[]) =>
  `${name}: ${entries.length} answers to ${new Set(entries.map((e) => e.question)).size} questions; ` +
  LABELS.map((l) => `${l} ${entries.filter((e) => e.label === l).length}`).join(", ");
console.log(describe("tuning set", dev));
if (heldOut.length > 0) console.log(describe("held-out set", heldOut));
if (fresh.length > 0) console.log(describe("fresh set", fresh));
const fmt = (t: { low: number; high: number }) => `${t.low.toFixed(2)}/${t.high.toFixed(2)}`;
console.log(
  `grader thresholds fitted per fold: ${graderCross.fits.map(fmt).join(", ")}; the product's: ${HARD_FROM}/${GOOD_FROM}`,
);
console.log(
  `baseline thresholds fitted per fold: ${baselineCross.fits.map(fmt).join(", ")}; on the whole tuning set: ${fmt(baselineWhole)}\n`,
);
console.log(
  "| set and protocol | grader accuracy | grader macro-F1 | grader QWK | baseline accuracy | baseline macro-F1 | baseline QWK | macro-F1 gain |",
);
console.log("|---|---|---|---|---|---|---|---|");
const line = (name: string, g: ReturnType<typeof metrics>, b: ReturnType<typeof metrics>) => {
  const gain = g.macroF1 - b.macroF1;
  console.log(
    `| ${name} | ${g.accuracy.toFixed(3)} | ${g.macroF1.toFixed(3)} | ${g.kappa.toFixed(3)} | ` +
      `${b.accuracy.toFixed(3)} | ${b.macroF1.toFixed(3)} | ${b.kappa.toFixed(3)} | ${gain >= 0 ? "+" : ""}${gain.toFixed(3)} |`,
  );
};
line(
  "tuning set, 2-fold cross-fitted thresholds (pooled)",
  graderCross.metrics,
  baselineCross.metrics,
);
line("tuning set, product thresholds vs the baseline's best", product, baselineBest);
// Both methods' thresholds are fixed before the other sets are read: the product's for the
// grader, those fitted on the whole tuning set for the baseline.
for (const [name, set] of [
  ["held-out set", scoredHeldOut],
  ["fresh set", scoredFresh],
  ["held-out and fresh sets pooled", [...scoredHeldOut, ...scoredFresh]],
] as const) {
  if (set.length === 0 || (name.endsWith("pooled") && scoredFresh.length === 0)) continue;
  line(
    `${name}, product thresholds vs the baseline's tuned ones`,
    metrics(gold(set), set.map(graderLabel)),
    metrics(
      gold(set),
      set.map((s) => toLabel(s.baseline, baselineWhole)),
    ),
  );
}

const all = [...dev, ...heldOut, ...fresh];
const started = performance.now();
for (const entry of all) gradeEntry(entry);
console.log(
  `\ngrading time: ${((performance.now() - started) / all.length).toFixed(2)} ms per answer (target < 50 ms)`,
);

if (process.argv.includes("--details")) {
  for (const [name, set] of [
    ["tuning set", scored],
    ["held-out set", scoredHeldOut],
    ["fresh set", scoredFresh],
  ] as const) {
    console.log(`\nDisagreements on the ${name} (gold → grader, score):`);
    for (const s of set) {
      const predicted = graderLabel(s);
      if (predicted !== s.label) {
        console.log(
          `- [${s.entry.question}] ${s.label} → ${predicted} (${s.grader.toFixed(2)}, ${s.entry.style}): ${s.entry.answer.trim().replace(/\s+/g, " ").slice(0, 160)}`,
        );
      }
    }
  }
}
