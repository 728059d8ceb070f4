import type { LessonExample } from "@pyprep/core";

export interface ParsedExample extends LessonExample {
  /// 1-based line of the opening fence in the lesson file.
  readonly line: number;
}

export interface ParsedMarkdown {
  /// The YAML between the leading `---` lines, or undefined when the file has none.
  readonly frontMatter: string | undefined;
  /// Line in the file where the front matter's first line stands.
  readonly frontMatterLine: number;
  readonly body: string;
  readonly examples: ParsedExample[];
  /// Structural problems (an unclosed fence, an output block with no example before it).
  readonly errors: { line: number; message: string }[];
}

const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/;

/// Splits a lesson into front matter and body, and pulls out its Python examples.
/// A ```python block is an example; a ```output block right after it (blank lines between are
/// fine) is that example's expected output; ```python norun marks an example that is not run.
export function parseLesson(text: string): ParsedMarkdown {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let frontMatter: string | undefined;
  let bodyStart = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
    if (end > 0) {
      frontMatter = lines.slice(1, end).join("\n");
      bodyStart = end + 1;
    }
  }
  const errors: { line: number; message: string }[] = [];
  const examples: ParsedExample[] = [];
  let lastKind: "python" | "other" | undefined;
  for (let i = bodyStart; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    const open = FENCE.exec(line);
    if (open === null) {
      if (line.trim() !== "") lastKind = undefined;
      continue;
    }
    const fence = open[1] ?? "```";
    const info = (open[2] ?? "").toLowerCase();
    const flags = (open[3] ?? "").toLowerCase().split(/\s+/);
    const startLine = i + 1;
    const closing = new RegExp(`^\\s*\\${fence[0] ?? "`"}{${fence.length},}\\s*$`);
    const content: string[] = [];
    let closed = false;
    for (i += 1; i < lines.length; i += 1) {
      const inner = lines[i] ?? "";
      if (closing.test(inner)) {
        closed = true;
        break;
      }
      content.push(inner);
    }
    if (!closed) {
      errors.push({ line: startLine, message: `code block opened here is never closed` });
      break;
    }
    const code = content.join("\n") + "\n";
    if (info === "python" || info === "py") {
      examples.push({ code, runnable: !flags.includes("norun"), line: startLine });
      lastKind = "python";
    } else if (info === "output") {
      const previous = examples[examples.length - 1];
      if (lastKind !== "python" || previous === undefined || previous.output !== undefined) {
        errors.push({
          line: startLine,
          message: "an ```output block must follow a ```python example directly",
        });
      } else {
        examples[examples.length - 1] = { ...previous, output: code };
      }
      lastKind = "other";
    } else {
      lastKind = "other";
    }
  }
  return {
    frontMatter,
    frontMatterLine: 2,
    body: lines.slice(bodyStart).join("\n").replace(/^\n+/, ""),
    examples,
    errors,
  };
}
