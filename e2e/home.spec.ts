import { expect, test } from "@playwright/test";
import { NEWEST_COURSE } from "../prisma/seed/demo-fixtures";

test.describe("home page", () => {
  test("shows the demo courses in English", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn from Myanmar's learning centers");
    // Among the newest (other specs publish courses of their own while this one runs).
    await expect(page.getByTestId("course-card").filter({ hasText: NEWEST_COURSE.titleEn })).toBeVisible();
    expect(await page.getByTestId("course-card").count()).toBeGreaterThanOrEqual(20);
    await context.close();
  });

  test("shows the demo courses in Burmese, with kyat in Burmese digits", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "my-MM" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "my");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("မြန်မာနိုင်ငံရှိ သင်တန်းကျောင်းများမှ သင်ယူပါ");
    await expect(page.getByTestId("course-card").filter({ hasText: NEWEST_COURSE.titleMy })).toBeVisible();
    await expect(page.getByText(/[၀-၉,]+ ကျပ်/).first()).toBeVisible();
    await context.close();
  });

  test("the language switch is remembered across pages", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "မြန်မာ" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "my");
    await page.goto("/privacy");
    await expect(page.locator("html")).toHaveAttribute("lang", "my");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("fits a phone screen without sideways scrolling", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "my-MM", viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test("uses the self-hosted Burmese font, fetched from this app only", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "my-MM" });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on("request", (req) => {
      if (req.resourceType() === "font") fonts.push(req.url());
    });
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(new URL(url).origin).toBe(new URL(baseURL ?? "").origin);
    // next/font names the face itself; <html> carries it in --font-myanmar (app/myanmar-font.ts).
    const loaded = await page.evaluate(() => {
      const family = getComputedStyle(document.documentElement).getPropertyValue("--font-myanmar").split(",")[0]?.trim() ?? "";
      return family !== "" && document.fonts.check(`16px ${family}`, "မြန်မာ");
    });
    expect(loaded).toBe(true);
    await context.close();
  });
});
