import { expect, test } from "@playwright/test";
import { NEWEST_COURSE } from "../prisma/seed/demo-fixtures";

test.describe("browsing and searching the catalog", () => {
  test("search from the home page finds a course by a Burmese word from the middle of its title", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "my-MM" });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("searchbox").fill("ဂျပန်");
    await page.getByRole("button", { name: "ရှာရန်" }).click();
    await expect(page).toHaveURL(/\/courses\?q=/);
    await expect(page.getByTestId("course-card").first()).toContainText(NEWEST_COURSE.titleMy);
    await context.close();
  });

  test("category chips filter the list and pages continue with a cursor", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/courses");
    expect(await page.getByTestId("course-card").count()).toBe(24);
    await page.getByRole("link", { name: "More courses" }).click();
    await expect(page).toHaveURL(/cursor=/);
    expect(await page.getByTestId("course-card").count()).toBeGreaterThan(0);
    await page.goto("/courses");
    await page.getByRole("link", { name: "Languages" }).click();
    await expect(page).toHaveURL(/category=/);
    const cards = page.getByTestId("course-card");
    await expect(cards.first()).toBeVisible();
    const labels = await cards.evaluateAll((nodes) => nodes.map((node) => node.querySelector("p")?.textContent ?? ""));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((text) => text.includes("Languages"))).toBe(true);
    await context.close();
  });
});
