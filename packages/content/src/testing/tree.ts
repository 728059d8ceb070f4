import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/// Writes `files` (relative path -> text) into a fresh temporary directory and returns its path.
export function writeTree(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), "pyprep-content-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/// A small content tree that passes validation; tests change one file to break one rule.
export function minimalContent(): Record<string, string> {
  return {
    "guide/outline-bullets.json": JSON.stringify([
      { line: 3, section: "1. Basics", subsection: "Core", text: "Variables and Data Types" },
      { line: 4, section: "1. Basics", subsection: "Core", text: "`__init__.py` files" },
    ]),
    "guide/questions.json": JSON.stringify([
      {
        line: 9,
        section: "1. Basics",
        question: "Explain the differences between lists and tuples.",
        answer: "Lists are mutable. Tuples are immutable.",
      },
    ]),
    "curriculum.yaml": "areas:\n  - basics\n",
    "areas/basics/area.yaml": `id: basics
title: Basics
summary: The first things to know about Python, before anything else in the curriculum.
topics:
  - id: variables
    title: Variables and types
    level: junior
    prerequisites: []
    summary: Names refer to objects; assignment binds a name and never copies the object it names.
    guide:
      - "Variables and Data Types"
  - id: packages
    title: Packages
    level: mid
    prerequisites: [variables]
    summary: How a folder of modules becomes a package that other code can import by name.
    guide:
      - "__init__.py files"
`,
    "areas/basics/questions.yaml": `- id: lists-vs-tuples
  kind: concept
  level: junior
  topics: [variables]
  prompt: Explain the differences between lists and tuples.
  answer: Lists are mutable; tuples are immutable.
  guide: "Explain the differences between lists and tuples."
  guideAnswer: "Lists are mutable. Tuples are immutable."
  keyPoints:
    - text: Lists are mutable
      phrases: [list mutable]
    - text: Tuples are immutable
      phrases: [tuple immutable]
- id: pick-immutable
  kind: mcq
  level: junior
  topics: [variables]
  prompt: Which type is immutable?
  answer: tuple
  choices:
    - { text: tuple, correct: true, explanation: Tuples cannot change. }
    - { text: list, correct: false, explanation: Lists can change. }
- id: predict-append
  kind: predict-output
  level: junior
  topics: [variables]
  prompt: What does this print?
  answer: Both names refer to the same list.
  code: |
    a = [1]
    b = a
    b.append(2)
    print(a)
  output: "[1, 2]\\n"
- id: two-fer-question
  kind: code
  level: junior
  topics: [variables]
  prompt: Write two_fer.
  answer: Use a default argument.
  exercise: two-fer
`,
    "areas/basics/lessons/variables.md": `---
topic: variables
title: Variables and types
---
Names refer to objects.

\`\`\`python
x = [1]
print(x)
\`\`\`

\`\`\`output
[1]
\`\`\`

\`\`\`python norun
import requests
\`\`\`
`,
    "exercises/two-fer/exercise.yaml": `id: two-fer
kind: code
title: Two-fer
level: junior
topics: [variables]
module: two_fer
hints: [Use a default argument.]
complexity: { time: "O(1)", space: "O(1)" }
`,
    "exercises/two-fer/README.md": "# Two-fer\n\nReturn 'One for X, one for me.'\n",
    "exercises/two-fer/starter.py": "def two_fer(name='you'):\n    pass\n",
    "exercises/two-fer/solution.py": "def two_fer(name='you'):\n    return f'One for {name}, one for me.'\n",
    "exercises/two-fer/test_two_fer.py":
      "import unittest\nfrom two_fer import two_fer\n\nclass T(unittest.TestCase):\n    def test_default(self):\n        self.assertEqual(two_fer(), 'One for you, one for me.')\n",
    "exercises/two-fer/hidden/test_two_fer_hidden.py":
      "from two_fer import two_fer\n\ndef test_name():\n    assert two_fer('Bo') == 'One for Bo, one for me.'\n",
    "exercises/two-fer/wrong/no_default.py": "def two_fer(name):\n    return f'One for {name}, one for me.'\n",
  };
}
