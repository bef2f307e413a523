import { expect, test } from "@playwright/test";

test.describe("privacy pages", () => {
  test("/privacy shows the student, center admin and chatbot policies in English", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/privacy");
    for (const kind of ["STUDENT", "CENTER_ADMIN", "CHATBOT"]) await expect(page.getByTestId(`policy-${kind}`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Student privacy policy" })).toBeVisible();
    await expect(page.getByTestId("policy-STUDENT")).toContainText("We do not sell your personal data.");
    await expect(page.getByTestId("policy-CENTER_ADMIN")).toContainText("Center Admin access is role-based and limited to center scope.");
    await expect(page.getByTestId("policy-CHATBOT")).toContainText("Messenger Page-scoped ID (PSID)");
    await expect(page.getByTestId("policy-STUDENT")).toContainText("Version 1");
    await context.close();
  });

  test("/privacy shows all three policies in Burmese", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "my-MM" });
    const page = await context.newPage();
    await page.goto("/privacy");
    for (const kind of ["STUDENT", "CENTER_ADMIN", "CHATBOT"]) {
      const article = page.getByTestId(`policy-${kind}`);
      await expect(article).toBeVisible();
      expect(await article.locator("[lang=my]").innerText()).toMatch(/[\u1000-\u109F]{20}/);
    }
    await expect(page.getByRole("heading", { name: "ကျောင်းသား ကိုယ်ရေးအချက်အလက် မူဝါဒ" })).toBeVisible();
    await context.close();
  });

  test("each policy has its own page", async ({ page }) => {
    await page.goto("/privacy/center-admin");
    await expect(page.getByTestId("policy-CENTER_ADMIN")).toBeVisible();
    await page.goto("/privacy/chatbot");
    await expect(page.getByTestId("policy-CHATBOT")).toBeVisible();
    // The platform's refund policy, linked from every page's footer.
    await page.getByRole("contentinfo").getByRole("link", { name: /Refund policy|ငွေပြန်အမ်းမူဝါဒ/ }).click();
    await expect(page).toHaveURL(/\/refund-policy$/);
    await expect(page.getByTestId("policy-REFUND")).toContainText(/7/);
  });
});
