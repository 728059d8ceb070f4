import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../", import.meta.url));
const depcruise = join(repo, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/// Runs the repository's boundary check (the same config `npm run boundaries` uses) on a small
/// workspace made of `files`.
function check(files: Record<string, string>): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), "pyprep-boundaries-"));
  copyFileSync(join(repo, ".dependency-cruiser.cjs"), join(root, ".dependency-cruiser.cjs"));
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true } }),
  );
  const all: Record<string, string> = {
    "packages/core/src/index.ts": "export const one = 1;\n",
    "packages/content/src/index.ts":
      'import { one } from "../../core/src/index.ts";\nexport const two = one + 1;\n',
    "apps/cli/src/main.ts":
      'import { two } from "../../../packages/content/src/index.ts";\nexport const three = two + 1;\n',
    "apps/web/src/main.ts":
      'import { one } from "../../../packages/core/src/index.ts";\nexport const four = one + 3;\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = spawnSync(
    process.execPath,
    [depcruise, "packages", "apps", "--config", ".dependency-cruiser.cjs"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the boundary check", () => {
  it("passes a workspace whose imports point apps -> packages -> core", () => {
    const { status, output } = check({});
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
  });

  it("fails when core imports another package of the repo", () => {
    const { status, output } = check({
      "packages/core/src/bad.ts":
        'import { two } from "../../content/src/index.ts";\nexport const x = two;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("core-imports-nothing-of-the-repo");
  });

  it("fails when core does I/O through a Node built-in", () => {
    const { status, output } = check({
      "packages/core/src/io.ts":
        'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("core-does-no-io");
  });

  it("fails when the web app imports a Node-only module", () => {
    const { status, output } = check({
      "apps/web/src/bad.ts":
        'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("web-imports-nothing-node-only");
  });

  it("fails when one app imports another", () => {
    const { status, output } = check({
      "apps/web/src/bad.ts":
        'import { three } from "../../cli/src/main.ts";\nexport const x = three;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("no-app-imports-another-app");
  });

  it("fails when a package imports an app", () => {
    const { status, output } = check({
      "packages/content/src/bad.ts":
        'import { three } from "../../../apps/cli/src/main.ts";\nexport const x = three;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("packages-never-import-apps");
  });

  it("fails when the judge's browser side imports something Node-only", () => {
    const { status, output } = check({
      "packages/judge/src/schema.ts":
        'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
      "packages/judge/src/pyodide/worker-core.ts":
        'import { r } from "../native/runner.ts";\nexport const x = r;\n',
      "packages/judge/src/native/runner.ts": "export const r = 1;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain("judge-browser-side-has-no-node-builtins");
    expect(output).toContain("judge-browser-side-stays-browser-safe");
  });

  it("lets the web app use the judge's browser entry but not its Node back ends", () => {
    const allowed = check({
      "packages/judge/src/pyodide/browser-index.ts": "export const runner = 1;\n",
      "apps/web/src/judge.ts":
        'import { runner } from "../../../packages/judge/src/pyodide/browser-index.ts";\nexport const x = runner;\n',
    });
    expect(allowed.status).toBe(0);
    const refused = check({
      "packages/judge/src/native/runner.ts": "export const r = 1;\n",
      "apps/web/src/judge.ts":
        'import { r } from "../../../packages/judge/src/native/runner.ts";\nexport const x = r;\n',
    });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain("web-uses-only-browser-safe-packages");
  });

  it("fails on an import cycle", () => {
    const { status, output } = check({
      "packages/content/src/a.ts": 'import { b } from "./b.ts";\nexport const a = () => b;\n',
      "packages/content/src/b.ts": 'import { a } from "./a.ts";\nexport const b = () => a;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("no-cycles");
  });
});
