import type { Bank } from "@pyprep/core";
import type { GuideBullet, GuideQuestion } from "./schemas.ts";

/// How guide texts are compared: case, Markdown emphasis and punctuation are ignored, runs of
/// whitespace count as one space. `__init__.py files` and "`__init__.py` files" are the same text.
export function normalizeGuideText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface GuideReference {
  readonly bullets: readonly GuideBullet[];
  readonly questions: readonly GuideQuestion[];
}

export interface GuideCoverage {
  readonly bullets: { readonly total: number; readonly covered: number; readonly missing: GuideBullet[] };
  readonly questions: {
    readonly total: number;
    readonly covered: number;
    readonly missing: GuideQuestion[];
  };
  /// Share of bullets and questions traced, in percent (0–100), rounded down to a tenth.
  readonly percent: number;
}

/// Which of the guide's outline bullets (each line) and interview questions the bank traces:
/// a bullet by a topic's `guide` entry, a question by a question's `guide` text.
export function guideCoverage(bank: Bank, guide: GuideReference): GuideCoverage {
  const bulletTexts = new Set(
    bank.areas.flatMap((a) => a.topics.flatMap((t) => t.guide.map(normalizeGuideText))),
  );
  const questionTexts = new Set(
    bank.questions.flatMap((q) => (q.guide === undefined ? [] : [normalizeGuideText(q.guide)])),
  );
  const missingBullets = guide.bullets.filter((b) => !bulletTexts.has(normalizeGuideText(b.text)));
  const missingQuestions = guide.questions.filter(
    (q) => !questionTexts.has(normalizeGuideText(q.question)),
  );
  const total = guide.bullets.length + guide.questions.length;
  const covered = total - missingBullets.length - missingQuestions.length;
  return {
    bullets: {
      total: guide.bullets.length,
      covered: guide.bullets.length - missingBullets.length,
      missing: missingBullets,
    },
    questions: {
      total: guide.questions.length,
      covered: guide.questions.length - missingQuestions.length,
      missing: missingQuestions,
    },
    percent: total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10,
  };
}
