import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node as YamlNode } from "yaml";
import type { z } from "zod";

/// One thing wrong with the content, located in a file. `path` is relative to the content root.
export interface Problem {
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

/// Collects problems from every file so that one run reports all of them.
export class ProblemList {
  readonly items: Problem[] = [];
  add(path: string, line: number, message: string): void {
    this.items.push({ path, line: Math.max(1, line), message });
  }
  get size(): number {
    return this.items.length;
  }
  sorted(): Problem[] {
    return [...this.items].sort(
      (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.message.localeCompare(b.message),
    );
  }
}

export function formatProblem(p: Problem, displayPath: string = p.path): string {
  return `${displayPath}:${p.line}: ${p.message}`;
}

/// A parsed YAML file that can tell the line of any value by its path in the data.
export class YamlSource {
  readonly path: string;
  readonly data: unknown;
  private readonly doc: Document.Parsed;
  private readonly lines: LineCounter;

  private constructor(path: string, doc: Document.Parsed, lines: LineCounter) {
    this.path = path;
    this.doc = doc;
    this.lines = lines;
    this.data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  }

  /// Parses `text`; on a syntax error adds it to `problems` and returns undefined.
  static parse(path: string, text: string, problems: ProblemList): YamlSource | undefined {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
        const firstLine = error.message.split("\n")[0] ?? error.message;
        problems.add(path, line, `malformed YAML: ${firstLine}`);
      }
      return undefined;
    }
    try {
      return new YamlSource(path, doc, lines);
    } catch (error) {
      problems.add(path, 1, `malformed YAML: ${(error as Error).message}`);
      return undefined;
    }
  }

  /// The line of the value at `path`, or of its nearest ancestor that exists. For a mapping entry
  /// the key's line is used, which is where a reader looks.
  lineAt(path: readonly PropertyKey[]): number {
    let node: unknown = this.doc.contents;
    let line = this.lineOf(node as YamlNode | null) ?? 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair === undefined) break;
        line = this.lineOf(pair.key as YamlNode) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item === undefined) break;
        line = this.lineOf(item as YamlNode) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  }

  /// Validates the data against `schema`, reporting each issue at its line. Returns the parsed
  /// value, or undefined when there were issues.
  check<S extends z.ZodType>(schema: S, problems: ProblemList): z.output<S> | undefined {
    return checkAt(this, [], this.data, schema, problems);
  }

  private lineOf(node: YamlNode | null | undefined): number | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : this.lines.linePos(start).line;
  }
}

/// Validates `value` (found at `base` inside `source`) against `schema`.
export function checkAt<S extends z.ZodType>(
  source: YamlSource,
  base: readonly PropertyKey[],
  value: unknown,
  schema: S,
  problems: ProblemList,
): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const at = [...base, ...issue.path];
    if (keys.length > 0) {
      for (const key of keys) {
        problems.add(
          source.path,
          source.lineAt([...at, key]),
          `${describePath([...at, key])}unknown field "${key}"`,
        );
      }
      continue;
    }
    problems.add(source.path, source.lineAt(at), `${describePath(at)}${issue.message}`);
  }
  return undefined;
}

/// `topics[2].level: ` for a path, or nothing for the root.
export function describePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? "" : `${out}: `;
}
