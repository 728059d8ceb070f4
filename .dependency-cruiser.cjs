// Layer rules of the workspace (docs/ARCHITECTURE.md, "Layers"). `npm run boundaries` fails on any
// violation; scripts/boundaries.test.ts proves that it does.
/// The judge's files that run in a browser page or Web Worker.
const JUDGE_BROWSER_SIDE =
  "^packages/judge/src/((index|schema|events|verdict|analysis|complexity|growth)|pyodide/(pool|protocol|worker-core|worker-browser|browser|browser-index))[.]ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "Modules must not depend on each other in a cycle.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-imports-nothing-of-the-repo",
      severity: "error",
      comment: "packages/core is the pure domain: it imports no other package or app of the repo.",
      from: { path: "^packages/core/" },
      to: { path: "^(packages/(?!core/)|apps/)" },
    },
    {
      name: "core-does-no-io",
      severity: "error",
      comment: "packages/core does no I/O: no Node built-in modules outside its tests.",
      from: { path: "^packages/core/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "packages-never-import-apps",
      severity: "error",
      comment: "Imports point one way: apps -> packages -> core.",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "no-app-imports-another-app",
      severity: "error",
      comment: "Each app wires its own adapters; apps share code only through packages.",
      from: { path: "^apps/([^/]+)/" },
      to: { path: "^apps/", pathNot: "^apps/$1/" },
    },
    {
      name: "web-imports-nothing-node-only",
      severity: "error",
      comment:
        "The web app runs in a browser: no Node built-ins, no Node-only packages of the repo.",
      from: { path: "^apps/web/", pathNot: "^apps/web/(e2e/|vite[.]config[.]ts$)" },
      to: {
        dependencyTypes: ["core"],
      },
    },
    {
      name: "web-uses-only-browser-safe-packages",
      severity: "error",
      comment:
        "Of the repo's packages, the web app may use core and the judge's browser entries only (the rest read files or spawn processes).",
      from: { path: "^apps/web/", pathNot: "^apps/web/(e2e/|vite[.]config[.]ts$)" },
      to: {
        path: "^packages/",
        pathNot:
          "^packages/(core/|judge/src/(index|growth|pyodide/browser-index|pyodide/worker-browser)[.]ts$)",
      },
    },
    {
      name: "judge-browser-side-stays-browser-safe",
      severity: "error",
      comment: "The judge's files that run in a browser import no Node-only file of the judge.",
      from: { path: JUDGE_BROWSER_SIDE },
      to: { path: "^packages/judge/src/(native/|pyodide/(runner|worker-node|index)[.])" },
    },
    {
      name: "judge-browser-side-has-no-node-builtins",
      severity: "error",
      comment: "The judge's files that run in a browser import no Node built-in.",
      from: { path: JUDGE_BROWSER_SIDE },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-unresolvable-imports",
      severity: "error",
      comment:
        "Every import must resolve (Vite's ?raw and ?worker&url imports are resolved by the bundler).",
      from: {},
      to: { couldNotResolve: true, pathNot: "[?](raw|worker&url)$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|coverage)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
