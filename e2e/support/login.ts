import { expect, type Page } from "@playwright/test";
import { freshPhone, readCodeFromOutbox } from "./otp";

/** Signs in through the real login form, reading the code from the development outbox. */
export async function loginAs(page: Page, contact: string, options: { newAccount?: boolean } = {}) {
  await page.goto("/login");
  await submitLoginForm(page, contact, options.newAccount ?? false);
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/**
 * Signs up a new student on the login form the page is on (its own phone: no other test shares its
 * code cooldown, follows or purchases); the caller checks where the form leads. Returns the phone.
 */
export async function signUpFreshStudent(page: Page): Promise<string> {
  const phone = freshPhone();
  await submitLoginForm(page, phone, true);
  return phone;
}

/** Contact, then the code from the development outbox (and, for a new account, the age confirmation). */
async function submitLoginForm(page: Page, contact: string, newAccount: boolean) {
  await page.locator("input[name=contact]").fill(contact);
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("input[name=code]")).toBeVisible();
  await page.locator("input[name=code]").fill(await readCodeFromOutbox(page.request, contact));
  if (newAccount) await page.locator("input[name=ageConfirmed]").check();
  await page.locator("main form button[type=submit]").click();
}
