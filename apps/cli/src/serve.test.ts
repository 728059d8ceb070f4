import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/pyprep.js", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

/// Starts `pyprep serve` on a free port and resolves with the URL it printed.
function start(data: string): Promise<{ child: ChildProcessWithoutNullStreams; url: URL }> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--data", data]);
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) resolve({ child, url: new URL(match[1]) });
    });
    child.on("exit", (code) => {
      reject(new Error(`pyprep serve exited with ${String(code)}: ${out}`));
    });
  });
}

const stopped = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      resolve(code);
    });
    child.kill("SIGTERM");
  });

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("pyprep serve", () => {
  it("prints a URL that works, protects the API, and keeps data across a restart", async () => {
    const data = mkdtempSync(join(tmpdir(), "pyprep-serve-"));
    const { child, url } = await start(data);
    expect(url.hostname).toBe("127.0.0.1");
    const token = url.searchParams.get("token") ?? "";
    const base = `${url.protocol}//${url.host}`;
    const progress = await fetch(`${base}/api/progress?token=${token}`);
    expect(progress.status).toBe(200);
    expect(await progress.json()).toMatchObject({ studied: 0 });
    expect((await fetch(`${base}/api/settings`)).status).toBe(401);
    const settings = {
      level: "mid",
      interviewDate: "2027-02-01",
      minutesPerDay: 40,
      retention: 0.9,
    };
    const put = await fetch(`${base}/api/settings`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(settings),
    });
    expect(put.status).toBe(200);
    expect(await stopped(child)).toBe(0);
    expect(existsSync(join(data, "pyprep.db"))).toBe(true);

    const again = await start(data);
    const newToken = again.url.searchParams.get("token") ?? "";
    expect(newToken).not.toBe(token);
    const kept = await fetch(`${again.url.protocol}//${again.url.host}/api/settings`, {
      headers: { authorization: `Bearer ${newToken}` },
    });
    expect(await kept.json()).toEqual(settings);
    expect(await stopped(again.child)).toBe(0);
  }, 60_000);
});
