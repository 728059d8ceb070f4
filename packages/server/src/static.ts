import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, sep } from "node:path";

/// Where the web app's files are: the built app (index.html and hashed assets) and the pyodide
/// package's files, served from our own origin (never a CDN).
export interface WebFiles {
  /// The built web app (apps/web/dist).
  readonly root: string;
  /// The pyodide npm package's folder.
  readonly pyodide: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".py": "text/plain; charset=utf-8",
};

export interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
}

/// Reads `relative` inside `dir`, refusing anything that would leave it (`..`, symlinks out).
export function readInside(dir: string, relative: string): StaticFile | undefined {
  if (relative.includes("\0")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const base = realpathSync(dir);
  const candidate = join(base, decoded);
  if (!candidate.startsWith(base + sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  const real = realpathSync(candidate);
  if (!real.startsWith(base + sep) || !statSync(real).isFile()) return undefined;
  return {
    body: readFileSync(real),
    type: TYPES[extname(real)] ?? "application/octet-stream",
  };
}
