// The judge's browser entry: everything a web page needs to run Python, nothing Node-only.
export { BrowserPyodideRunner } from "./browser.ts";
export type { BrowserRunnerOptions } from "./browser.ts";
