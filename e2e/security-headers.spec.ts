import { expect, test, type Page } from "@playwright/test";

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe("security headers", () => {
  test("pages carry a nonce CSP that forbids framing, and nothing on them breaks it", async ({ page }) => {
    const violations = collectCspViolations(page);
    const first = await page.goto("/");
    const second = await page.request.get("/");
    const policy = first?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(second.headers()["content-security-policy"]).not.toBe(policy);
    expect(first?.headers()["strict-transport-security"]).toContain("max-age=");
    expect(first?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The language switch is a server action: it must still work under the policy.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/privacy");
    expect(violations).toEqual([]);
  });

  test("the API reference runs under its own policy without violations", async ({ page }) => {
    const violations = collectCspViolations(page);
    const response = await page.goto("/api/v1/docs");
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(page.getByText("MMSO mobile API").first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
