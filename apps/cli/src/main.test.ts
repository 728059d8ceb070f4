import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

  it("shows a bank with the counts and the balance of bands a learner needs", async () => {
    const { stdout } = await run("content", "stats", "--json");
    const stats = JSON.parse(stdout) as {
      totals: { questions: number };
      byKind: Record<string, number>;
      byLevel: Record<"questions" | "exercises", Record<"junior" | "mid" | "senior", number>>;
      topicCoverage: { lessons: number; questions: number };
    };
    expect(stats.totals.questions).toBeGreaterThanOrEqual(450);
    expect(stats.byKind["predict-output"]).toBeGreaterThanOrEqual(60);
    expect(stats.byKind.mcq).toBeGreaterThanOrEqual(60);
    expect(stats.byKind.review).toBeGreaterThanOrEqual(10);
    expect(stats.byKind.design).toBeGreaterThanOrEqual(12);
    expect(stats.byKind["exercise:code"]).toBeGreaterThanOrEqual(80);
    expect(stats.byKind["exercise:debug"]).toBeGreaterThanOrEqual(15);
    expect(stats.topicCoverage).toEqual({ lessons: 100, questions: 100 });
    for (const what of ["questions", "exercises"] as const) {
      const levels = stats.byLevel[what];
      const total = levels.junior + levels.mid + levels.senior;
      for (const band of ["junior", "mid", "senior"] as const)
        expect(levels[band] / total, `${what} ${band}`).toBeGreaterThanOrEqual(0.25);
    }
  });

  it("prints counts by area, kind and level", async () => {
    const { code, stdout } = await run("content", "stats");
    expect(code).toBe(0);
    expect(stdout).toContain("Guide coverage: 100.0%");
    expect(stdout).toMatch(/By kind: +concept \d+/);
    expect(stdout).toMatch(/questions +junior \d+ \(\d+%\), mid \d+ \(\d+%\), senior \d+ \(\d+%\)/);
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
  type Topic = { id: string; prerequisites?: string[] };
  // An area with a topic T (neither first nor last) that needs a topic P of the same area, P not first.
  let found: { areaId: string; t: number; p: number } | undefined;
  for (const areaId of areaIds) {
    const topics = (
      parseDocument(readFileSync(join(dir, "areas", areaId, "area.yaml"), "utf8")).toJS() as {
        topics: Topic[];
      }
    ).topics;
    for (let t = 1; t < topics.length - 1 && found === undefined; t += 1) {
      const p = topics.findIndex(
        (x, i) =>
          i >= 1 && i < topics.length - 1 && (topics[t]?.prerequisites ?? []).includes(x.id),
      );
      if (p >= 1 && p !== t) found = { areaId, t, p };
    }
    if (found !== undefined) break;
  }
  if (found === undefined) throw new Error("no area suitable for the test");
  const areaFile = `areas/${found.areaId}/area.yaml`;
  const doc = parseDocument(readFileSync(join(dir, areaFile), "utf8"));
  const topics = (doc.toJS() as { topics: Topic[] }).topics;
  const last = topics.length - 1;
  // A cycle: T needs P already; make P need T as well.
  doc.setIn(
    ["topics", found.p, "prerequisites"],
    [...(topics[found.p]?.prerequisites ?? []), topics[found.t]?.id],
  );
  doc.setIn(["topics", 0, "prerequisites"], ["no-such-topic"]);
  doc.setIn(["topics", last, "level"], "expert");
  writeFileSync(join(dir, areaFile), doc.toString());

  const withQuestions = areaIds.filter((id) =>
    existsSync(join(dir, "areas", id, "questions.yaml")),
  );
  const [qArea, badArea] = withQuestions;
  if (qArea === undefined || badArea === undefined) throw new Error("need two question files");
  const questionsFile = `areas/${qArea}/questions.yaml`;
  const firstTopic = topics[0]?.id ?? "";
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
