export { createApp } from "./app.ts";
export type { AppOptions, LocalMode } from "./app.ts";
export { openApiDocument } from "./openapi.ts";
export { answerRequestSchema, reviewRequestSchema } from "./schemas.ts";
