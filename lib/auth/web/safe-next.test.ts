import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath (open redirect guard)", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/center/yangon-code-academy/staff?x=1#top")).toBe("/center/yangon-code-academy/staff?x=1#top");
    expect(safeNextPath("/account")).toBe("/account");
  });
  it("refuses anything that could leave the site or loop back to login", () => {
    for (const bad of ["//evil.com", "/\\evil.com", "/\t/evil.com", "/\n/evil.com", "/\r/x", "https://evil.com", "evil.com", "/login?next=/x", "", null, 42]) {
      expect(safeNextPath(bad), JSON.stringify(bad)).toBe("/");
    }
  });
});
