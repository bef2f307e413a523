import { describe, expect, it } from "vitest";
import { normaliseSearchTerm } from "./search-event";

describe("normaliseSearchTerm", () => {
  it("trims, folds spaces and case, and keeps at most 100 characters", () => {
    expect(normaliseSearchTerm("  Python\u00a0  BASICS \u200b")).toBe("python basics");
    expect(normaliseSearchTerm("က".repeat(150))).toBe("က".repeat(100));
    expect([...normaliseSearchTerm("😀".repeat(120))]).toHaveLength(100);
    expect(normaliseSearchTerm("   ")).toBe("");
  });

  it("counts a Zawgyi spelling as its Unicode word", () => {
    // "မင်္ဂလာပါ" typed with a Zawgyi keyboard.
    expect(normaliseSearchTerm("မဂၤလာပါ")).toBe("မင်္ဂလာပါ");
  });
});
