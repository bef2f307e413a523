import { expect, test } from "@playwright/test";
import { DEMO_CENTERS } from "../prisma/seed/demo-fixtures";

test("a center's dashboard entry names the center and explains who may sign in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  const center = DEMO_CENTERS[0];
  if (!center) throw new Error("demo fixtures list no center");
  await page.goto(`/center/${center.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(center.nameEn);
  const missing = await page.goto("/center/no-such-center");
  expect(missing?.status()).toBe(404);
  await context.close();
});

test("the development outbox page lists messages and filters by recipient", async ({ page }) => {
  await page.goto("/dev/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("textbox").fill("+959000000000");
  await page.getByRole("button", { name: /Show|ပြရန်/ }).click();
  await expect(page).toHaveURL(/to=%2B959000000000/);
});
