import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-fixtures";
import { loginAs } from "./support/login";

// A 2×2 red PNG: the server re-encodes it to a 256×256 WebP.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAE0lEQVQImWP4z8DwnwGM/zMwAAAf7gP9qS/A4gAAAABJRU5ErkJggg==", "base64");

test.describe("center settings (issue 6)", () => {
  test("an owner edits the profile and logo, sees the public page change, and lists staff sign-ins", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const owner = DEMO_ACCOUNTS.centerOwners[0]!;
    await loginAs(page, owner.phone);
    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Center profile" })).toBeVisible();

    await page.getByLabel("Contact phone").fill("abc");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Enter a valid phone number", { exact: false })).toBeVisible();
    await page.getByLabel("Name (English)").fill("Yangon Code Academy Plus");
    await page.getByLabel("Contact phone").fill("09 420 000 999");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("The profile was saved.")).toBeVisible();
    await expect(page.getByLabel("Contact phone")).toHaveValue("+959420000999");

    await page.getByLabel("Logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload logo" }).click();
    await expect(page.getByText("The logo was updated.")).toBeVisible();
    const logo = page.getByRole("img", { name: "Yangon Code Academy Plus logo" });
    await expect(logo).toBeVisible();
    await page.screenshot({ path: ".data/test-results/center-settings.png", fullPage: true });

    await page.goto(`/centers/${owner.centerSlug}`);
    await expect(page.getByRole("heading", { name: "Yangon Code Academy Plus" })).toBeVisible();
    await expect(page.locator("img[src^='/media/centers/']")).toBeVisible();

    await page.goto(`/center/${owner.centerSlug}/settings`);
    await page.getByRole("link", { name: "Staff sign-ins" }).click();
    const table = page.getByTestId("staff-sessions-table");
    await expect(table.getByText("This browser")).toBeVisible();
    await page.screenshot({ path: ".data/test-results/center-sessions.png", fullPage: true });
    await context.close();
  });

  test("an instructor reads the profile only, and deactivating their account signs them out", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const instructor = DEMO_ACCOUNTS.instructor;
    await loginAs(page, instructor.phone);
    await page.goto(`/center/${instructor.centerSlug}/settings`);
    await expect(page.getByText("Only owners and admins can change the center's profile.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save profile" })).toHaveCount(0);

    await page.getByRole("button", { name: "Deactivate my account" }).click();
    const dialog = page.getByRole("alertdialog");
    const confirm = dialog.getByRole("button", { name: "Deactivate" });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole("textbox").fill("DEACTIVATE");
    await page.screenshot({ path: ".data/test-results/center-deactivate.png" });
    await confirm.click();
    await expect(page).toHaveURL(/\/$/);
    expect((await page.goto(`/center/${instructor.centerSlug}/settings`))?.url()).toContain("/login");
    await context.close();
  });
});
