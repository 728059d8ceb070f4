// The judge's browser entry: everything a web page needs to run Python, nothing Node-only.
export { BrowserPyodideRunner } from "./browser.ts";
export type { BrowserRunnerOptions } from "./browser.ts";
export {
  ComplexityError,
  estimateComplexity,
  formatMeasurement,
  growthMessage,
} from "../complexity.ts";
export type { ComplexityEstimate, GrowthClass } from "../complexity.ts";
export { analyzeSource } from "../analysis.ts";
export type { Finding } from "../analysis.ts";
