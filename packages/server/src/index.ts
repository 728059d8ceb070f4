export { createApp } from "./app.ts";
export type { AppOptions, LocalMode, MultiUserMode } from "./app.ts";
export type { WebFiles } from "./static.ts";
export { hashPassword, verifyPassword } from "./auth.ts";
export { openApiDocument } from "./openapi.ts";
export { answerRequestSchema, reviewRequestSchema } from "./schemas.ts";
