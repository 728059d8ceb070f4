import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@pyprep/content";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { describe, expect, it } from "vitest";
import { createApp } from "./index.ts";

const loaded = loadContent(fileURLToPath(new URL("../../../content", import.meta.url)));
if (!loaded.ok) throw new Error("the bundled content has problems");
const HOST = "127.0.0.1:7777";
const TOKEN = "web-token";

/// A built web app and a pyodide folder, as files on disk.
function files() {
  const base = mkdtempSync(join(tmpdir(), "pyprep-web-"));
  const root = join(base, "dist");
  const pyodide = join(base, "pyodide");
  mkdirSync(join(root, "assets"), { recursive: true });
  mkdirSync(pyodide);
  writeFileSync(join(root, "index.html"), "<!doctype html><title>pyprep</title>");
  writeFileSync(join(root, "assets", "index-abc.js"), "console.log(1)");
  writeFileSync(join(root, "favicon.svg"), "<svg/>");
  writeFileSync(join(pyodide, "pyodide.asm.wasm"), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(base, "secret.txt"), "not for the web");
  symlinkSync(join(base, "secret.txt"), join(root, "assets", "leak.js"));
  return { root, pyodide };
}

async function app(crossOriginIsolation = true) {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "pyprep-web-db-")), "p.db"));
  return createApp({
    bank: loaded.ok ? loaded.bank : (undefined as never),
    store,
    mode: { kind: "local", token: TOKEN, userId: "local", hosts: [HOST] },
    now: () => new Date("2026-11-24T09:00:00Z"),
    web: files(),
    crossOriginIsolation,
  });
}
const get = (
  a: Awaited<ReturnType<typeof app>>,
  path: string,
  headers: Record<string, string> = {},
) => a.request(path, { headers: { host: HOST, ...headers } });

describe("serving the web app", () => {
  it("serves index.html for the app's pages, cross-origin isolated, without caching it", async () => {
    const a = await app();
    for (const path of ["/", "/topic/closures", "/exercise/two-sum"]) {
      const response = await get(a, path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("<title>pyprep</title>");
      expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(response.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("serves hashed assets for good and Pyodide's files with their types", async () => {
    const a = await app();
    const asset = await get(a, "/assets/index-abc.js");
    expect(asset.headers.get("content-type")).toContain("text/javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    const wasm = await get(a, "/pyodide/pyodide.asm.wasm");
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(wasm.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("refuses paths that leave its folders, by .. or by a symlink", async () => {
    const a = await app();
    for (const path of [
      "/assets/..%2F..%2Fsecret.txt",
      "/pyodide/..%2Fsecret.txt",
      "/assets/leak.js",
      "/pyodide/%00",
      "/assets/missing.js",
    ]) {
      const response = await get(a, path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("not for the web");
    }
  });

  it("moves the printed token into a cookie and out of the address bar", async () => {
    const a = await app();
    const response = await get(a, `/?token=${TOKEN}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.get("set-cookie")).toContain(`pyprep_token=${TOKEN}`);
    expect(response.headers.get("set-cookie")).toContain("HttpOnly");
    expect((await get(a, "/?token=wrong")).status).toBe(401);
    // The API still needs the token: the page alone gives nothing away.
    expect((await get(a, "/api/settings")).status).toBe(401);
    expect((await get(a, "/api/settings", { cookie: `pyprep_token=${TOKEN}` })).status).toBe(200);
  });

  it("can leave out the isolation headers, and still refuses other hosts", async () => {
    const a = await app(false);
    const response = await get(a, "/");
    expect(response.headers.get("cross-origin-embedder-policy")).toBeNull();
    const other = await a.request("/", { headers: { host: "evil.example:7777" } });
    expect(other.status).toBe(403);
  });
});
