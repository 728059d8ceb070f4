import { defineConfig } from "vite";

// The web app is served by `pyprep serve` (packages/server) from dist/; Pyodide's files come from
// the server's /pyodide/ route, never from a CDN.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: "es" },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  server: { proxy: { "/api": "http://127.0.0.1:7777", "/pyodide": "http://127.0.0.1:7777" } },
});
