import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs } from "./support/login";

const { owner, centerSlug, instructor, instructorCenterSlug } = E2E_ACCOUNTS.settings;

// A 2×2 red PNG: the server re-encodes it to a 256×256 WebP.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAE0lEQVQImWP4z8DwnwGM/zMwAAAf7gP9qS/A4gAAAABJRU5ErkJggg==", "base64");

test.describe("center settings (issue 6)", () => {
  test("an owner edits the profile and logo, sees the public page change, and lists staff sign-ins", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await loginAs(page, owner);
    await page.goto(`/center/${centerSlug}`);
    await page.getByRole("navigation", { name: "Center dashboard" }).getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Center profile" })).toBeVisible();

    await page.getByLabel("Contact phone").fill("abc");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Enter a valid phone number", { exact: false })).toBeVisible();
    // The names stay as they are: other specs find this center by its English name.
    const description = `Evening and weekend classes for working people (${Date.now()}).`;
    await page.getByLabel("Description (English)").fill(description);
    await page.getByLabel("Contact phone").fill("09 420 000 999");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("The profile was saved.")).toBeVisible();
    await expect(page.getByLabel("Contact phone")).toHaveValue("+959420000999");

    await page.getByLabel("Logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload logo" }).click();
    await expect(page.getByText("The logo was updated.")).toBeVisible();
    await expect(page.getByRole("img", { name: /logo$/ })).toBeVisible();

    await page.goto(`/centers/${centerSlug}`);
    await expect(page.getByText(description)).toBeVisible();
    await expect(page.locator("img[src^='/media/centers/']")).toBeVisible();

    await page.goto(`/center/${centerSlug}/settings`);
    await page.getByRole("link", { name: "Staff sign-ins" }).click();
    const table = page.getByTestId("staff-sessions-table");
    await expect(table.getByText("This browser")).toBeVisible();
    await context.close();
  });

  test("an instructor of a pending center reads the profile only, and deactivating their account signs them out", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await loginAs(page, instructor);
    await page.goto(`/center/${instructorCenterSlug}/settings`);
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
    expect((await page.goto(`/center/${instructorCenterSlug}/settings`))?.url()).toContain("/login");
    await context.close();
  });
});
