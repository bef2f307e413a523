import { expect, type Page } from "@playwright/test";
import { readCodeFromOutbox } from "./otp";

/** Signs in through the real login form, reading the code from the development outbox. */
export async function loginAs(page: Page, contact: string, options: { newAccount?: boolean } = {}) {
  await page.goto("/login");
  await page.locator("input[name=contact]").fill(contact);
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("input[name=code]")).toBeVisible();
  const code = await readCodeFromOutbox(page.request, contact);
  await page.locator("input[name=code]").fill(code);
  if (options.newAccount) await page.locator("input[name=ageConfirmed]").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}
