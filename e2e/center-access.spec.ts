import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_CENTERS } from "../prisma/seed/demo-fixtures";
import { loginAs } from "./support/login";
import { freshPhone } from "./support/otp";

const [own, other] = DEMO_CENTERS;

test.describe("center dashboard access (policy S5, C3)", () => {
  test("an owner sees their staff and activity log, and gets 404 for another center's pages", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const owner = DEMO_ACCOUNTS.centerOwners[0];
    await loginAs(page, owner.phone);
    await expect(page).toHaveURL(new RegExp(`/center/${own?.slug}$`));

    await page.getByRole("link", { name: "Staff" }).click();
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
    await expect(page.getByText(DEMO_ACCOUNTS.instructor.phone)).toBeVisible();

    // Invite a new instructor by phone: the invitation is logged, and accepted by signing in.
    const invitee = freshPhone();
    await page.getByLabel("Phone", { exact: true }).fill(`0${invitee.slice(3)}`);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation created.")).toBeVisible();
    await page.goto(`/center/${own?.slug}/activity`);
    await expect(page.getByText("staff.invited").first()).toBeVisible();

    for (const path of ["", "/staff", "/activity"]) {
      const res = await page.goto(`/center/${other?.slug}${path}`);
      expect(res?.status(), path).toBe(404);
    }
    expect((await page.goto("/admin/activity"))?.status()).toBe(404);
    await context.close();

    const inviteeContext = await browser.newContext({ baseURL, locale: "en-US" });
    const inviteePage = await inviteeContext.newPage();
    await loginAs(inviteePage, invitee, { newAccount: true });
    await expect(inviteePage).toHaveURL(new RegExp(`/center/${own?.slug}$`));
    await inviteeContext.close();
  });

  test("an instructor sees only their assigned courses and no staff or activity pages", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await loginAs(page, DEMO_ACCOUNTS.instructor.phone);
    await expect(page).toHaveURL(new RegExp(`/center/${DEMO_ACCOUNTS.instructor.centerSlug}$`));
    await expect(page.getByRole("link", { name: "Staff" })).toHaveCount(0);
    expect((await page.goto(`/center/${other?.slug}`))?.status()).toBe(404);
    await context.close();
  });
});
