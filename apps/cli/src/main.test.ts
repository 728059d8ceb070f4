import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bankSchema } from "@pyprep/core";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { main } from "./index.ts";
import { captureIo } from "./testing.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const content = join(repo, "content");

async function run(...argv: string[]) {
  const io = captureIo(repo);
  const code = await main(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe("pyprep", () => {
  it("prints help with examples and exits 0", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: pyprep");
    expect(stdout).toContain("content");
    expect(stdout).toContain("Examples:");
  });

  it("exits 2 on an unknown command or flag", async () => {
    expect((await run("frobnicate")).code).toBe(2);
    const { code, stderr } = await run("content", "check", "--no-such-flag");
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--no-such-flag'");
  });

  it("runs as a binary from the repository root", () => {
    const out = execFileSync(process.execPath, [join(repo, "apps/cli/bin/pyprep.js"), "--help"], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(out).toContain("Usage: pyprep");
  });
});

describe("pyprep content check", () => {
  it("accepts the bundled bank", async () => {
    const { code, stdout, stderr } = await run("content", "check", "--no-run");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content OK: \d+ areas, \d+ topics, \d+ questions/);
  });

  it("exits 2 when --dir does not exist", async () => {
    const { code, stderr } = await run("content", "check", "--dir", "/nonexistent/content");
    expect(code).toBe(2);
    expect(stderr).toContain("content directory not found: /nonexistent/content");
  });

  it("reports every kind of problem in a broken copy in one run", async () => {
    const copy = brokenCopy();
    const { code, stderr } = await run("content", "check", "--dir", copy.dir);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    const at = (file: string, message: RegExp) =>
      lines.some(
        (l) => l.startsWith(`${join(copy.dir, file)}:`) && /:\d+: /.test(l) && message.test(l),
      );
    expect(at(copy.areaFile, /unknown prerequisite "no-such-topic"/)).toBe(true);
    expect(at(copy.areaFile, /prerequisite cycle: /)).toBe(true);
    expect(at(copy.areaFile, /level must be one of junior, mid, senior; got "expert"/)).toBe(true);
    expect(at(copy.questionsFile, /duplicate id "/)).toBe(true);
    expect(at(copy.questionsFile, /unknown topic "no-such-topic"/)).toBe(true);
    expect(at(copy.malformedFile, /malformed YAML/)).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ problems found$/);
  });
});

describe("pyprep content stats", () => {
  it("reports 100% coverage of the guide", async () => {
    const { code, stdout } = await run("content", "stats", "--json");
    expect(code).toBe(0);
    const stats = JSON.parse(stdout) as {
      guide: {
        percent: number;
        bullets: { covered: number; total: number };
        questions: { covered: number; total: number };
      };
      totals: { areas: number; topics: number; questions: number };
    };
    expect(stats.guide.bullets).toMatchObject({ covered: 463, total: 463 });
    expect(stats.guide.questions).toMatchObject({ covered: 74, total: 74 });
    expect(stats.guide.percent).toBe(100);
  });

  it("prints counts by area, kind and level", async () => {
    const { code, stdout } = await run("content", "stats");
    expect(code).toBe(0);
    expect(stdout).toContain("Guide coverage: 100.0%");
    expect(stdout).toMatch(/By kind: +concept \d+/);
    expect(stdout).toMatch(/questions +junior \d+, mid \d+, senior \d+/);
    expect(stdout).toContain("By area:");
  });
});

describe("pyprep content export", () => {
  it("prints the whole bank as one JSON document matching the bank schema", async () => {
    const { code, stdout } = await run("content", "export");
    expect(code).toBe(0);
    const bank = bankSchema.parse(JSON.parse(stdout));
    expect(Object.keys(bank)).toEqual(["version", "areas", "questions", "exercises", "lessons"]);
    expect(bank.questions.filter((q) => q.guide !== undefined)).toHaveLength(74);
  });

  it("exits 1 without printing a bank when the content is invalid", async () => {
    const copy = brokenCopy();
    const { code, stdout } = await run("content", "export", "--dir", copy.dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
  });
});

describe("the pyprep binary", () => {
  it("exits 1 and prints path:line: message for a broken copy", () => {
    const copy = brokenCopy();
    const result = spawnSync(
      process.execPath,
      [join(repo, "apps/cli/bin/pyprep.js"), "content", "check", "--dir", copy.dir],
      {
        cwd: copy.dir,
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^areas\/[a-z0-9-]+\/area\.yaml:\d+: /m);
  });
});

/// A copy of the bundled content with one of each problem the acceptance list names.
function brokenCopy(): {
  dir: string;
  areaFile: string;
  questionsFile: string;
  malformedFile: string;
} {
  const dir = mkdtempSync(join(tmpdir(), "pyprep-broken-"));
  cpSync(content, dir, { recursive: true });
  const areaIds = readdirSync(join(dir, "areas")).sort();
  const areaId = areaIds.find((id) => {
    const topics = (
      parseDocument(readFileSync(join(dir, "areas", id, "area.yaml"), "utf8")).toJS() as {
        topics: { prerequisites?: string[] }[];
      }
    ).topics;
    return (
      topics.length >= 4 && topics.slice(1, -1).some((t) => (t.prerequisites ?? []).length > 0)
    );
  });
  if (areaId === undefined) throw new Error("no area suitable for the test");
  const areaFile = `areas/${areaId}/area.yaml`;
  const doc = parseDocument(readFileSync(join(dir, areaFile), "utf8"));
  const topics = doc.toJS() as { topics: { id: string; prerequisites?: string[] }[] };
  const last = topics.topics.length - 1;
  // A cycle: some topic T (not the last) needs P; make P need T as well.
  const t = topics.topics.findIndex(
    (x, i) => i > 0 && i < last && (x.prerequisites ?? []).length > 0,
  );
  const tTopic = topics.topics[t];
  const p = topics.topics.findIndex((x) => x.id === tTopic?.prerequisites?.[0]);
  const pId = tTopic?.prerequisites?.[0] ?? "";
  if (p >= 0) {
    doc.setIn(
      ["topics", p, "prerequisites"],
      [...(topics.topics[p]?.prerequisites ?? []), tTopic?.id],
    );
  } else {
    // The prerequisite lives in an earlier area: edit that area's file instead.
    for (const other of areaIds) {
      const otherFile = join(dir, "areas", other, "area.yaml");
      const otherDoc = parseDocument(readFileSync(otherFile, "utf8"));
      const list = (otherDoc.toJS() as { topics: { id: string; prerequisites?: string[] }[] })
        .topics;
      const i = list.findIndex((x) => x.id === pId);
      if (i >= 0) {
        otherDoc.setIn(
          ["topics", i, "prerequisites"],
          [...(list[i]?.prerequisites ?? []), tTopic?.id],
        );
        writeFileSync(otherFile, otherDoc.toString());
      }
    }
  }
  doc.setIn(["topics", 0, "prerequisites"], ["no-such-topic"]);
  doc.setIn(["topics", last, "level"], "expert");
  writeFileSync(join(dir, areaFile), doc.toString());

  const withQuestions = areaIds.filter((id) => {
    try {
      readFileSync(join(dir, "areas", id, "questions.yaml"));
      return true;
    } catch {
      return false;
    }
  });
  const [qArea, badArea] = withQuestions;
  if (qArea === undefined || badArea === undefined) throw new Error("need two question files");
  const questionsFile = `areas/${qArea}/questions.yaml`;
  const firstTopic = topics.topics[0]?.id ?? "";
  writeFileSync(
    join(dir, questionsFile),
    readFileSync(join(dir, questionsFile), "utf8") +
      `
- id: ${firstTopic}
  kind: mcq
  level: junior
  topics: [no-such-topic]
  prompt: Which is immutable?
  answer: tuple
  choices:
    - { text: tuple, correct: true, explanation: Tuples cannot change. }
    - { text: list, correct: false, explanation: Lists can change. }
`,
  );
  const malformedFile = `areas/${badArea}/questions.yaml`;
  writeFileSync(join(dir, malformedFile), "- id: broken\n  prompt: [unclosed\n");
  return { dir, areaFile, questionsFile, malformedFile };
}
