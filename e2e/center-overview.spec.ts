import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs } from "./support/login";

const { admin, instructor, centerSlug: slug } = E2E_ACCOUNTS.overview;
const DAY = 86_400_000;
const yangonDay = (ms: number) => new Date(ms + 6.5 * 3_600_000).toISOString().slice(0, 10);
// A year back: the demo data's orders and enrollments fall inside it whenever the seed ran.
const yearUrl = `/center/${slug}?range=custom&from=${yangonDay(Date.now() - 365 * DAY)}&to=${yangonDay(Date.now())}`;

test.describe("center overview", () => {
  test("an admin sees figures, charts with their tables, and the searches that showed the center", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/courses?q=Python");
    await loginAs(page, admin);
    await page.goto(yearUrl);
    const overview = page.getByTestId("center-overview");
    await expect(overview).toBeVisible();
    const figures = page.getByTestId("overview-figures");
    for (const key of ["enrollments", "active", "refunds"]) await expect(figures.locator(`[data-figure=${key}]`)).toBeVisible();
    await expect(figures.locator("[data-figure^=revenue]").first()).toBeVisible();
    await expect(page.getByTestId("overview-enrollments").locator("tbody tr")).toHaveCount(366);
    // The charts load when they come near the screen, beside their tables.
    await page.locator("#enrollments-heading").scrollIntoViewIfNeeded();
    await expect(overview.locator("svg.recharts-surface").first()).toBeVisible();

    // The server-rendered HTML already holds the numbers (no JavaScript needed to read them).
    const html = await (await page.request.get(yearUrl)).text();
    expect(html).toContain('data-testid="overview-enrollments"');
    expect(html).toContain('data-testid="overview-figures"');

    // On a phone, charts below the first screen load only when scrolled to.
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(yearUrl, { waitUntil: "networkidle" });
    await expect(page.getByTestId("overview-figures")).toBeVisible();
    // Charts below the first screen are still placeholders: recharts has not been fetched for them.
    const before = await overview.locator("svg.recharts-surface").count();
    const placeholders = await overview.locator("div.animate-pulse").count();
    expect(placeholders).toBeGreaterThan(0);
    for (let y = 0; y < 40 && (await overview.locator("div.animate-pulse").count()) > 0; y++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(100);
    }
    await expect(overview.locator("div.animate-pulse")).toHaveCount(0);
    expect(await overview.locator("svg.recharts-surface").count()).toBeGreaterThan(before);

    await page.goto(`/center/${slug}?range=7`);
    await expect(page.getByTestId("overview-search-terms")).toContainText("python");
    await page.goto(`/center/${slug}?range=custom&from=2026-03-02&to=2026-03-01`);
    await expect(page.getByTestId("center-overview").getByRole("alert")).toBeVisible();
    await context.close();
  });

  test("an instructor sees their courses' learning figures and no money", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await loginAs(page, instructor);
    await page.goto(yearUrl);
    const figures = page.getByTestId("overview-figures");
    await expect(figures.locator("[data-figure=enrollments]")).toBeVisible();
    await expect(figures.locator("[data-figure^=revenue]")).toHaveCount(0);
    await expect(figures.locator("[data-figure=refunds]")).toHaveCount(0);
    await expect(page.getByTestId("overview-search-terms")).toHaveCount(0);
    await expect(page.getByTestId("center-courses")).toBeVisible();
    await context.close();
  });
});
