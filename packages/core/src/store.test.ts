import { describe, expect, it } from "vitest";
import { EXPORT_VERSION, exportSchema } from "./index.ts";

const valid = {
  format: "pyprep-export",
  version: EXPORT_VERSION,
  exportedAt: "2026-11-24T09:00:00.000Z",
  settings: null,
  reviews: [{ itemId: "q1", rating: 3, reviewedAt: "2026-11-20T09:00:00.000Z" }],
  attempts: [],
  mocks: [],
  notes: [],
  bookmarks: [],
};

describe("exportSchema", () => {
  it("accepts an export of this version", () => {
    expect(exportSchema.safeParse(valid).success).toBe(true);
  });

  it("refuses a newer version with a message that says so", () => {
    const result = exportSchema.safeParse({ ...valid, version: EXPORT_VERSION + 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `this export has version ${EXPORT_VERSION + 1}, newer than this pyprep reads (${EXPORT_VERSION}); upgrade pyprep`,
    );
  });

  it("refuses something that is not a pyprep export", () => {
    const result = exportSchema.safeParse({ ...valid, format: "anki" });
    expect(result.error?.issues[0]?.message).toBe(
      'not a pyprep export (format must be "pyprep-export")',
    );
  });

  it("refuses a malformed review", () => {
    expect(
      exportSchema.safeParse({
        ...valid,
        reviews: [{ itemId: "q1", rating: 5, reviewedAt: "yesterday" }],
      }).success,
    ).toBe(false);
  });
});
