import { describe, expect, it } from "vitest";
import { assertNoPersonalData } from "./log-activity";

describe("activity metadata guard", () => {
  it("accepts ids, enums, counts and flags", () => {
    expect(() =>
      assertNoPersonalData({ role: "ADMIN", userId: "0196f3a2-7c1b-7d2e-8f00-123456789012", count: 3, isNew: true, none: null }),
    ).not.toThrow();
  });
  it("refuses phone numbers and emails", () => {
    expect(() => assertNoPersonalData({ to: "+959420000001" })).toThrow(/personal data/);
    expect(() => assertNoPersonalData({ to: "09 420 000 001" })).toThrow(/personal data/);
    expect(() => assertNoPersonalData({ to: "su@example.com" })).toThrow(/personal data/);
  });
});
