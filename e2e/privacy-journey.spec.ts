import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs, signUpFreshStudent } from "./support/login";

// Sign-up, a download, a deletion and the operator's pages: more than the default 30 s when busy.
test.describe.configure({ timeout: 120_000 });

test.describe("privacy in the product", () => {
  test("a student downloads their data, then deletes their account; a child report reaches the operator", async ({ page, browser }) => {
    await page.goto("/login?next=/account/export");
    const phone = await signUpFreshStudent(page);
    await expect(page).toHaveURL(/\/account\/export/);

    // Data export (policy S6): one machine-readable file with the person's own data.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download my data (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mmso-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as { format: string; user: { phone: string | null } };
    expect(exported.format).toBe("mmso-export");
    expect(exported.user.phone).toBe(phone);

    // The policy page: current version, retention periods, and the way to report a child's account.
    await page.goto("/privacy");
    await expect(page.getByText(/Last updated/i).first()).toBeVisible();
    await page.getByRole("link", { name: "Report an account of a child under 13" }).click();
    await page.locator("input[name=account]").fill(phone);
    await page.locator("textarea[name=reason]").fill("This profile says the learner is in grade 5, about ten years old.");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Thank you. If the account exists, our team will review your report.")).toBeVisible();

    // Delete My Account: typed confirmation, then signed out for good.
    await page.goto("/account/delete");
    await page.locator("input[name=confirmation]").fill("DELETE");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);

    // The operator sees the report (its account already gone) and the privacy requests.
    const operator = await browser.newPage();
    await loginAs(operator, E2E_ACCOUNTS.privacy.operator);
    await operator.goto("/admin");
    await expect(operator.getByRole("link", { name: "Child reports" }).first()).toBeVisible();
    await operator.goto("/admin/child-reports");
    await expect(operator.getByRole("heading", { name: "Child-account reports" })).toBeVisible();
    await operator.goto("/admin/privacy-requests");
    await expect(operator.locator("main")).toContainText("Data export");
    await expect(operator.locator("main")).toContainText("Account deletion");
    await operator.close();
  });
});
