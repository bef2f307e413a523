import { expect, test } from "@playwright/test";

// Links prefetch when reached for, not when seen (components/site/intent-link.tsx, ADR 0042).
test.describe("link prefetching", () => {
  test("a page load prefetches nothing; hovering a link prefetches that page, and following it works", async ({ page }) => {
    const prefetches: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).searchParams.has("_rsc")) prefetches.push(new URL(request.url()).pathname);
    });
    await page.goto("/login", { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    expect(prefetches).toEqual([]);

    const catalogLink = page.locator('header a[href="/courses"]').first();
    await catalogLink.hover();
    await expect.poll(() => prefetches).toContain("/courses");
    await catalogLink.click();
    await expect(page).toHaveURL(/\/courses$/);
    await expect(page.locator("main")).toBeVisible();
  });
});
