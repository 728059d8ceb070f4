import { exportSchema, settingsSchema } from "@pyprep/core";
import { z } from "zod";
import {
  answerRequestSchema,
  mockReportRequestSchema,
  mockRequestSchema,
  noteRequestSchema,
  reviewRequestSchema,
} from "./schemas.ts";

const json = (schema: z.ZodType) => ({
  content: { "application/json": { schema: z.toJSONSchema(schema) } },
});
const error = {
  description: "a client error, as { error: message }",
  ...json(z.object({ error: z.string() })),
};

/// The API's OpenAPI 3.1 description, built from the same zod schemas that validate requests.
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "pyprep",
      version: "0.1.0",
      description:
        "Local mode: pass the printed token once as ?token=…; it is then kept in a cookie (or send Authorization: Bearer …).",
    },
    paths: {
      "/healthz": { get: { summary: "liveness", responses: { "200": { description: "ok" } } } },
      "/api/config": {
        get: {
          summary: "the server's mode (local or multi), before anyone signs in",
          responses: { "200": { description: "{ mode }" } },
        },
      },
      "/api/auth/signup": {
        post: {
          summary:
            "multi-user mode: create an account and sign in (sets the session and CSRF cookies)",
          responses: {
            "201": { description: "the user and the CSRF token to send as X-CSRF-Token" },
            "400": error,
            "409": error,
          },
        },
      },
      "/api/auth/login": {
        post: {
          summary: "multi-user mode: sign in (rate-limited)",
          responses: {
            "200": { description: "the user and the CSRF token" },
            "401": error,
            "429": error,
          },
        },
      },
      "/api/auth/logout": {
        post: {
          summary: "multi-user mode: sign out",
          responses: { "200": { description: "cookies cleared" } },
        },
      },
      "/api/auth/me": {
        get: {
          summary: "who is signed in",
          responses: { "200": { description: "the user" }, "401": error },
        },
      },
      "/api/bank": {
        get: {
          summary: "the whole content bank (docs/content-format.md)",
          responses: { "200": { description: "the bank" }, "401": error },
        },
      },
      "/api/settings": {
        get: {
          summary: "the learner's settings",
          responses: { "200": { description: "settings", ...json(settingsSchema) }, "401": error },
        },
        put: {
          summary: "change the settings",
          requestBody: json(settingsSchema),
          responses: {
            "200": { description: "saved", ...json(settingsSchema) },
            "400": error,
            "401": error,
          },
        },
      },
      "/api/today": {
        get: {
          summary: "today's queue: due reviews, then new items",
          responses: { "200": { description: "the plan" }, "409": error },
        },
      },
      "/api/answers": {
        post: {
          summary:
            "grade an answer to a question, or record an exercise's judged result (kind judged: verdict, tests passed, the code); records the attempt",
          requestBody: json(answerRequestSchema),
          responses: {
            "200": { description: "the grade and the model answer" },
            "400": error,
            "404": error,
          },
        },
      },
      "/api/reviews": {
        post: {
          summary: "rate an item (1–4); appends to the review log and reschedules it",
          requestBody: json(reviewRequestSchema),
          responses: {
            "200": { description: "the item's next due date" },
            "400": error,
            "404": error,
            "409": error,
          },
        },
      },
      "/api/saved": {
        get: {
          summary: "the learner's notes and bookmarks, together",
          responses: { "200": { description: "notes and bookmarks" } },
        },
      },
      "/api/notes/{itemId}": {
        put: {
          summary: "set (or, with blank text, remove) the private note on an item",
          requestBody: json(noteRequestSchema),
          responses: { "200": { description: "saved" }, "400": error, "404": error },
        },
      },
      "/api/bookmarks/{itemId}": {
        put: {
          summary: "bookmark an item",
          responses: { "200": { description: "bookmarked" }, "404": error },
        },
        delete: {
          summary: "remove a bookmark",
          responses: { "200": { description: "removed" }, "404": error },
        },
      },
      "/api/mocks": {
        get: {
          summary: "past mock interviews with their reports",
          responses: { "200": { description: "the sessions" } },
        },
        post: {
          summary: "assemble a mock interview",
          requestBody: json(mockRequestSchema),
          responses: { "200": { description: "the session" }, "400": error, "422": error },
        },
      },
      "/api/mocks/{id}/report": {
        post: {
          summary: "score a mock interview from its answers",
          requestBody: json(mockReportRequestSchema),
          responses: {
            "200": { description: "the report" },
            "400": error,
            "404": error,
            "409": error,
          },
        },
      },
      "/api/export": {
        get: {
          summary: "everything the learner owns, versioned (pyprep export)",
          responses: { "200": { description: "the export", ...json(exportSchema) } },
        },
      },
      "/api/import": {
        post: {
          summary: "load an export into an empty account; all or nothing",
          requestBody: json(exportSchema),
          responses: { "200": { description: "imported" }, "400": error, "409": error },
        },
      },
      "/api/progress": {
        get: {
          summary:
            "readiness per band and area, mastery per topic, reviews due per day for 14 days, activity (reviews per day, streak, retention per week)",
          responses: { "200": { description: "progress" } },
        },
      },
    },
  };
}
