import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchSiteRoute, SITE_ROUTE_PATTERNS } from "./page-view-route";

function sitePages(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sitePages(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    return entry.name === "page.tsx" ? [prefix || "/"] : [];
  });
}

describe("page view routes (policy S1.2)", () => {
  it("lists exactly the student site's pages", () => {
    const pages = sitePages(path.join(process.cwd(), "app/(site)")).sort();
    expect([...SITE_ROUTE_PATTERNS].sort()).toEqual(pages);
  });

  it("keeps the pattern and drops the query, the fragment and a trailing slash", () => {
    expect(matchSiteRoute("/courses?q=hiv+test&page=2#top")).toEqual({ pattern: "/courses", params: {} });
    expect(matchSiteRoute("/courses/0193a1b2-0000-7000-8000-000000000001/")).toEqual({
      pattern: "/courses/[id]",
      params: { id: "0193a1b2-0000-7000-8000-000000000001" },
    });
    expect(matchSiteRoute("/")).toEqual({ pattern: "/", params: {} });
  });

  it("prefers a static segment over a parameter, and knows nothing else", () => {
    expect(matchSiteRoute("/checkout/orders/abc")?.pattern).toBe("/checkout/orders/[orderId]");
    expect(matchSiteRoute("/checkout/abc")?.pattern).toBe("/checkout/[courseId]");
    expect(matchSiteRoute("/api/v1/me")).toBeNull();
    expect(matchSiteRoute("/courses/a/b/c")).toBeNull();
    expect(matchSiteRoute("/centers/%E0%A4")?.params).toEqual({ slug: "%E0%A4" });
  });
});
