import { describe, expect, it } from "vitest";
import { parseLesson } from "./index.ts";

describe("parseLesson", () => {
  it("splits front matter from the body", () => {
    const parsed = parseLesson("---\ntopic: x\ntitle: X\n---\n\nBody text.\n");
    expect(parsed.frontMatter).toBe("topic: x\ntitle: X");
    expect(parsed.body).toBe("Body text.\n");
  });

  it("treats a file without a closing front-matter line as having none", () => {
    expect(parseLesson("---\ntopic: x\n").frontMatter).toBeUndefined();
  });

  it("pairs an output block with the example before it, across blank lines", () => {
    const parsed = parseLesson("```python\nprint(1)\n```\n\n```output\n1\n```\n");
    expect(parsed.examples).toEqual([{ code: "print(1)\n", output: "1\n", runnable: true, line: 1 }]);
    expect(parsed.errors).toEqual([]);
  });

  it("does not pair output with an example separated by prose", () => {
    const parsed = parseLesson("```python\nprint(1)\n```\nSome prose.\n```output\n1\n```\n");
    expect(parsed.examples[0]?.output).toBeUndefined();
    expect(parsed.errors).toEqual([
      { line: 5, message: "an ```output block must follow a ```python example directly" },
    ]);
  });

  it("keeps longer fences open until a fence at least as long", () => {
    const parsed = parseLesson("````python\nprint('```')\n```\n````\n");
    expect(parsed.examples[0]?.code).toBe("print('```')\n```\n");
  });

  it("marks norun examples and ignores other languages", () => {
    const parsed = parseLesson("```python norun\nimport numpy\n```\n```sh\nls\n```\n");
    expect(parsed.examples).toEqual([{ code: "import numpy\n", runnable: false, line: 1 }]);
  });

  it("reports an unclosed fence", () => {
    expect(parseLesson("text\n```python\nprint(1)\n").errors).toEqual([
      { line: 2, message: "code block opened here is never closed" },
    ]);
  });
});
