import { stemmer } from "stemmer";

/// A token of a learner's answer or of a key point's phrase, with where it stands in the text.
export interface Token {
  /// What is compared: a stem, an identifier, a canonical big-O class, or a synonym group.
  readonly key: string;
  /// Position in the token stream; parts of `list.append` share their compound's position.
  readonly index: number;
  /// Character range in the original text, for showing the words that hit a key point.
  readonly start: number;
  readonly end: number;
  readonly negation: boolean;
  /// Index of the clause (sentence, or part of a sentence after "but"/"whereas"…) the token is in.
  readonly clause: number;
}

const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "neither",
  "nor",
  "none",
  "nothing",
  "without",
  "cannot",
]);

/// Words that carry no meaning for matching. Negations are never stop words.
const STOP_WORDS = new Set(
  (
    "a an the is are was were be been being am do does did doing of to in on at by for from " +
    "and or if then than that this these those it its it's they them their there here we you your " +
    "i me my our he she his her so such very just also too can could will would shall should may " +
    "might must has have had having which who whom whose what when where while about into onto " +
    "over under up down out off again further once all any both each few more most other some own " +
    "same only use used using like e g eg ie etc"
  ).split(" "),
);

/// Clause breaks: a negation before one of these does not reach past it.
const CLAUSE_BREAKS = new Set([
  "but",
  "whereas",
  "while",
  "however",
  "although",
  "though",
  "unlike",
  "instead",
]);

/// Verbs whose presence on both sides of "and"/"or"/"," makes them join two statements
/// ("tuples are immutable and lists are mutable") rather than two subjects ("lists and tuples are").
const VERBS = new Set(
  "is are was were be been can could cannot will would has have had does do did should must may might".split(
    " ",
  ),
);
const CONJUNCTIONS = new Set(["and", "or", ","]);

/// Verbs that make a negation before them advice rather than a statement: "never use a mutable
/// default" says the learner knows the pitfall, not that mutable defaults do not exist.
const ADVICE_VERBS = new Set(
  "use rely call do put pass write store make leave mix catch compare trust forget ignore share mutate modify".split(
    " ",
  ),
);

/// Words that may come right before an imperative "don't"/"never": "so never mutate it", "you
/// should never use eval".
const IMPERATIVE_LEAD = new Set(
  "so and then just please should must you always to but also".split(" "),
);

/// Word pairs where "not X" means "un-X": "not mutable" is read as "immutable".
const ANTONYMS: Readonly<Record<string, string>> = {
  mutable: "immutable",
  changeable: "unchangeable",
  modifiable: "unmodifiable",
  hashable: "unhashable",
  ordered: "unordered",
  sorted: "unsorted",
  stable: "unstable",
  safe: "unsafe",
  bounded: "unbounded",
  blocking: "nonblocking",
  deterministic: "nondeterministic",
};

/// Stems that mean the same thing in an interview answer.
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["change", "modify", "alter", "mutate", "update", "edit"],
  ["remove", "delete", "discard", "drop"],
  ["fast", "quick", "speedy", "efficient"],
  ["slow", "sluggish"],
  ["dict", "dictionary", "hashmap", "map", "mapping"],
  ["error", "exception"],
  ["create", "construct", "instantiate", "make", "build"],
  ["object", "instance"],
  ["key", "keys"],
  ["function", "func", "callable"],
  ["memory", "ram"],
  ["unique", "distinct", "duplicate-free"],
  ["call", "invoke"],
  ["return", "returns", "give back"],
  ["argument", "arg", "parameter", "param"],
  ["constant", "o(1)"],
  ["linear", "o(n)"],
  ["quadratic", "o(n^2)"],
  ["logarithmic", "o(logn)"],
  ["immutable", "unchangeable", "unmodifiable", "read-only", "readonly", "frozen"],
  ["concurrent", "concurrently", "concurrency"],
  ["parallel", "parallelism", "simultaneously"],
];

const stem = (word: string): string => (word.length <= 3 ? word : stemmer(word));

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const canonical = `~${group[0] ?? ""}`;
  for (const word of group) SYNONYM_OF.set(word.includes("(") ? word : stem(word), canonical);
}

/// The key a word is compared by: its synonym group, or its stem.
export function keyOf(word: string): string {
  const stemmed = word.startsWith("o(") || /[_.]/.test(word) ? word : stem(word);
  return SYNONYM_OF.get(stemmed) ?? stemmed;
}

/// `O(n log n)`, `O(N*logN)` and `o(nlog(n))` all become `o(nlogn)`; `O(n²)` and `O(n**2)` become `o(n^2)`.
export function canonicalBigO(inner: string): string {
  return `o(${inner
    .toLowerCase()
    .replace(/[\s*·×]/g, "")
    .replace(/²/g, "^2")
    .replace(/³/g, "^3")
    .replace(/\^\^|\*\*/g, "^")
    .replace(/log\(?([a-z])\)?/g, "log$1")}`.concat(")");
}

/// Splits text into tokens: words are stemmed and mapped to synonym groups, stop words dropped,
/// Python identifiers kept whole (and their dotted parts added), big-O expressions canonicalised,
/// contractions opened ("isn't" → is + not), negations marked, clauses numbered, and "not X" read as
/// X's antonym where one is known.
export function tokenize(text: string): Token[] {
  // Superscripts first: NFKC would turn "n²" into "n2".
  const lower = text
    .replace(/²/g, "^2")
    .replace(/³/g, "^3")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  const raw: { word: string; start: number; end: number }[] = [];
  for (const match of lower.matchAll(
    /[a-z_][a-z0-9_]*'[a-z]+|o\s*\([^()]*(?:\([^()]*\)[^()]*)*\)|[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*(?:\(\))?|[0-9]+(?:\.[0-9]+)?|[.!?;,]/g,
  )) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const contraction = /^([a-z]+)n't$/.exec(word);
    if (contraction !== null) {
      const base =
        contraction[1] === "ca" ? "can" : contraction[1] === "wo" ? "will" : (contraction[1] ?? "");
      raw.push({ word: base, start, end }, { word: "not", start, end });
    } else if (word.includes("'")) {
      raw.push({ word: word.slice(0, word.indexOf("'")), start, end });
    } else if (word === "cannot") {
      raw.push({ word: "can", start, end }, { word: "not", start, end });
    } else {
      raw.push({ word, start, end });
    }
  }

  const statementBreaks = joinedStatements(raw.map((r) => r.word));
  const tokens: Token[] = [];
  let clause = 0;
  let index = 0;
  let neitherClause = -1;
  for (let i = 0; i < raw.length; i += 1) {
    const item = raw[i];
    if (item === undefined) continue;
    const { word, start, end } = item;
    if (/^[.!?;]$/.test(word) || statementBreaks.has(i)) {
      clause += 1;
      continue;
    }
    if (word === ",") continue;
    if (CLAUSE_BREAKS.has(word)) {
      clause += 1;
      continue;
    }
    // Python's `None` ("__init__ must return None") is a value, not a negation; "None of them"
    // at the start of a sentence still is one.
    if (word === "none" && isPythonNone(text, lower, start)) {
      tokens.push({ key: "None", index, start, end, negation: false, clause });
      index += 1;
      continue;
    }
    // "don't use", "do not call", "never rely": advice, not a negated statement; but only as an
    // imperative, so "processes don't share memory" and "threads never share" still negate.
    const advice = word === "never" || (word === "not" && raw[i - 1]?.word === "do");
    const before = raw[i - (word === "never" ? 1 : 2)]?.word;
    const imperative =
      before === undefined ||
      /^[.!?;,]$/.test(before) ||
      CLAUSE_BREAKS.has(before) ||
      IMPERATIVE_LEAD.has(before);
    if (NEGATIONS.has(word) && advice && imperative && ADVICE_VERBS.has(raw[i + 1]?.word ?? ""))
      continue;
    // "neither X nor Y" negates both once: the "nor" is not a second negation.
    if (word === "neither") neitherClause = clause;
    if (word === "nor" && neitherClause === clause) continue;
    if (NEGATIONS.has(word)) {
      // "not mutable" → "immutable" (the negation is consumed); other negations are kept.
      const next = raw[i + 1];
      const antonym = next === undefined ? undefined : ANTONYMS[next.word];
      if (next !== undefined && antonym !== undefined && antonym !== next.word) {
        tokens.push({ key: keyOf(antonym), index, start, end: next.end, negation: false, clause });
        index += 1;
        i += 1;
        continue;
      }
      tokens.push({ key: "not", index, start, end, negation: true, clause });
      index += 1;
      continue;
    }
    if (word.startsWith("o(") || word.startsWith("o ")) {
      const inner = word.slice(word.indexOf("(") + 1, -1);
      tokens.push({ key: canonicalBigO(inner), index, start, end, negation: false, clause });
      index += 1;
      continue;
    }
    const identifier = word.replace(/\(\)$/, "");
    if (/[_.]/.test(identifier)) {
      tokens.push({ key: identifier, index, start, end, negation: false, clause });
      for (const part of identifier.split(".")) {
        const bare = part.replace(/^_+|_+$/g, "");
        if (bare !== "" && part !== identifier)
          tokens.push({ key: keyOf(bare), index, start, end, negation: false, clause });
        if (part !== identifier && part !== bare)
          tokens.push({ key: part, index, start, end, negation: false, clause });
      }
      index += 1;
      continue;
    }
    if (STOP_WORDS.has(identifier)) continue;
    tokens.push({ key: keyOf(identifier), index, start, end, negation: false, clause });
    index += 1;
  }
  return tokens;
}

/// Whether the "none" at `start` is Python's None: written `None` (capital N), in backticks or in
/// the middle of a sentence.
function isPythonNone(text: string, lower: string, start: number): boolean {
  if (text[start] !== "N") return false;
  let i = start - 1;
  while (i >= 0 && /[ \t"'(]/.test(lower[i] ?? "")) i -= 1;
  const before = lower[i];
  return before === "`" || (before !== undefined && !/[.!?:\n]/.test(before));
}

/// Positions of "and", "or" and "," that join two statements, each with its own verb.
function joinedStatements(words: readonly string[]): Set<number> {
  const breaks = new Set<number>();
  let segmentHasVerb = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? "";
    if (/^[.!?;]$/.test(word) || CLAUSE_BREAKS.has(word)) {
      segmentHasVerb = false;
      continue;
    }
    if (word === "," && NEGATIONS.has(words[i + 1] ?? "")) {
      // "use placeholders, not string formatting": the negation starts a contrast of its own.
      breaks.add(i);
      segmentHasVerb = false;
      continue;
    }
    if (CONJUNCTIONS.has(word)) {
      if (!segmentHasVerb) continue;
      let rightHasVerb = false;
      for (let j = i + 1; j < words.length; j += 1) {
        const next = words[j] ?? "";
        if (/^[.!?;]$/.test(next) || CONJUNCTIONS.has(next) || CLAUSE_BREAKS.has(next)) break;
        if (VERBS.has(next)) {
          rightHasVerb = true;
          break;
        }
      }
      if (rightHasVerb) {
        breaks.add(i);
        segmentHasVerb = false;
      }
      continue;
    }
    if (VERBS.has(word)) segmentHasVerb = true;
  }
  return breaks;
}
