// Growth classes and how they are worded for the learner: no dependencies, so the web app's
// exercise screen can use them without the rest of the judge.

/// The growth classes python/complexity.py chooses among, slowest-growing first.
export const GROWTH_CLASSES = [
  "O(1)",
  "O(log n)",
  "O(n)",
  "O(n log n)",
  "O(n^2)",
  "O(n^3)",
  "O(2^n)",
] as const;
export type GrowthClass = (typeof GROWTH_CLASSES)[number];

/// The part of an estimate the wording needs.
export interface GrowthSummary {
  readonly class: GrowthClass;
}

/// How the measured class compares with what the exercise expects: `slower` when the solution
/// grows faster than needed.
export function compareGrowth(
  measured: GrowthClass,
  expected: GrowthClass,
): "slower" | "as-expected" | "faster" {
  const m = GROWTH_CLASSES.indexOf(measured);
  const e = GROWTH_CLASSES.indexOf(expected);
  return m > e ? "slower" : m === e ? "as-expected" : "faster";
}

/// One sentence for the learner, e.g. "Your solution grows like O(n^2); this problem can be
/// solved in O(n)."
export function growthMessage(estimate: GrowthSummary, expected?: GrowthClass): string {
  const yours = `Your solution grows like ${estimate.class}`;
  if (expected === undefined) return `${yours}.`;
  switch (compareGrowth(estimate.class, expected)) {
    case "slower":
      return `${yours}; this problem can be solved in ${expected}.`;
    case "as-expected":
      return `${yours}, as a good solution to this problem does.`;
    case "faster":
      // Measured below the bound the exercise states: the inputs measured were easy for it.
      return `${yours} on the measured inputs; the problem's bound is ${expected}.`;
  }
}

/// The measurements as `n → time` pairs for display, e.g. "1,024 → 0.21 ms".
export function formatMeasurement(m: { n: number; seconds: number }): string {
  const s = m.seconds;
  const time =
    s >= 1
      ? `${s.toFixed(2)} s`
      : s >= 1e-3
        ? `${(s * 1e3).toFixed(2)} ms`
        : `${(s * 1e6).toFixed(1)} µs`;
  return `${m.n.toLocaleString("en-US")} → ${time}`;
}
