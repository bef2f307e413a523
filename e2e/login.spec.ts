import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_CENTERS } from "../prisma/seed/demo-fixtures";
import { freshPhone, readCodeFromOutbox } from "./support/otp";

test.describe("signing in with a one-time code", () => {
  test("a new student signs up with a phone, confirms age, and edits the profile (English UI)", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const phone = freshPhone();
    await page.goto("/");
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Phone number or email").fill(`0${phone.slice(3)}`);
    await page.getByRole("button", { name: "Send code" }).click();
    await expect(page.getByText("We sent a 6-digit code")).toBeVisible();
    const code = await readCodeFromOutbox(page.request, phone);

    // Without the age confirmation a new account is refused, and the same code stays usable.
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main [role=alert]")).toContainText("13 or older");
    await page.getByLabel("6-digit code").fill(code);
    await page.getByLabel("I am 13 years old or older").check();
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(phone)).toBeVisible();
    await page.getByLabel("Name").fill("Thida Aung");
    await page.locator("input[name=categoryIds]").first().check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByLabel("Name")).toHaveValue("Thida Aung");
    await expect(page.locator("input[name=categoryIds]").first()).toBeChecked();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test("a returning student signs in by email in the Burmese UI", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "my-MM" });
    const page = await context.newPage();
    const student = DEMO_ACCOUNTS.students[0];
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ဝင်ရောက်ရန်");
    await page.getByLabel("ဖုန်းနံပါတ် သို့မဟုတ် အီးမေးလ်").fill(student.email);
    await page.getByRole("button", { name: "ကုဒ် ပို့ရန်" }).click();
    const code = await readCodeFromOutbox(page.request, student.email);
    await page.getByLabel("ဂဏန်း ၆ လုံး ကုဒ်").fill(code);
    await page.getByRole("button", { name: "ဝင်ရောက်ရန်" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ကျွန်ုပ်၏ အကောင့်");
    await expect(page.getByLabel("အမည်")).toHaveValue(student.name);
    await context.close();
  });

  test("a wrong code is refused", async ({ page }) => {
    const phone = freshPhone();
    await page.goto("/login");
    await page.locator("input[name=contact]").fill(phone);
    await page.locator("main form button[type=submit]").click();
    await readCodeFromOutbox(page.request, phone);
    await page.locator("input[name=code]").fill("000000");
    await page.locator("input[name=ageConfirmed]").check();
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/error=invalid_code/);
    await expect(page.locator("main [role=alert]")).toBeVisible();
  });

  test("a center admin signs in and lands on the center dashboard", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    // Owner of the second center: other specs sign in as the first (a contact has a resend cooldown).
    const owner = DEMO_ACCOUNTS.centerOwners[1];
    const center = DEMO_CENTERS.find((c) => c.slug === owner.centerSlug);
    await page.goto("/login");
    await page.getByLabel("Phone number or email").fill(owner.phone);
    await page.getByRole("button", { name: "Send code" }).click();
    const code = await readCodeFromOutbox(page.request, owner.phone);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/center/${owner.centerSlug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(center?.nameEn ?? "");
    await context.close();
  });
});
