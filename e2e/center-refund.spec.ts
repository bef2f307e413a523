import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_CENTERS } from "../prisma/seed/demo-fixtures";
import { loginAs, signUpFreshStudent } from "./support/login";

// Its own center, course and owner: no other spec buys this course or signs in as this owner
// (each phone has a 60 s code cooldown), and the student is new.
const center = DEMO_CENTERS.find((c) => c.slug === "yangon-business-school")!;
const owner = DEMO_ACCOUNTS.centerOwners.find((o) => o.centerSlug === center.slug)!;
const COURSE = "Customer Service Excellence";

test.describe.configure({ timeout: 120_000 });

test("a student asks for a refund, a center owner refunds the KBZPay order in full with the manual reference, and the student loses the course (policy S4, S5)", async ({ browser, baseURL }) => {
  // A new student buys the course with KBZPay, paying on the sandbox "phone".
  const student = await browser.newContext({ baseURL, locale: "en-US" });
  const studentPage = await student.newPage();
  await studentPage.goto(`/centers/${center.slug}`);
  await studentPage.getByRole("link", { name: COURSE, exact: true }).click();
  await expect(studentPage).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  await studentPage.getByRole("link", { name: "Sign in to learn" }).click();
  const phone = await signUpFreshStudent(studentPage);
  await expect(studentPage).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  await studentPage.getByTestId("buy-button").click();
  await studentPage.getByRole("radio", { name: /^KBZPay/ }).check();
  await studentPage.getByTestId("pay-button").click();
  await expect(studentPage).toHaveURL(/\/checkout\/orders\/[0-9a-f-]{36}$/);
  const orderId = new URL(studentPage.url()).pathname.split("/").pop()!;
  const reference = (await studentPage.getByTestId("order-reference").textContent())!.trim();
  expect(reference).toMatch(/^MMSO_/);
  await studentPage.goto((await studentPage.getByTestId("payment-page-link").getAttribute("href"))!);
  await studentPage.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(studentPage.getByTestId("kbzpay-callback")).toHaveAttribute("data-http-status", "200");
  await studentPage.goto("/learn");
  await expect(studentPage.getByTestId("my-courses").getByRole("link", { name: COURSE, exact: true })).toBeVisible();

  // The student asks for the money back from the receipt (the refund policy's "Request a refund"):
  // within the terms, so it is owed; KBZPay has no refunds API, so it waits for the center.
  await studentPage.goto(`/account/orders/${orderId}`);
  const ask = studentPage.getByTestId("refund-request");
  await expect(ask.getByTestId("refund-request-terms")).toHaveAttribute("data-entitled", "true");
  await ask.getByLabel("Why do you want a refund?").fill("Student asked to cancel");
  await ask.getByRole("button", { name: "Request a refund" }).click();
  await expect(studentPage.getByTestId("refund-request-notice")).toHaveText("Your request was sent to the center.");
  await expect(studentPage.getByTestId("refund-request-status")).toHaveAttribute("data-status", "requested");
  await expect(studentPage.getByTestId("refund-request-form")).toHaveCount(0);

  // The owner finds the order by its reference; the student appears by name only.
  const ownerContext = await browser.newContext({ baseURL, locale: "en-US" });
  const ownerPage = await ownerContext.newPage();
  await loginAs(ownerPage, owner.phone);
  await ownerPage.goto(`/center/${center.slug}`);
  await ownerPage.getByRole("navigation", { name: "Center dashboard" }).getByRole("link", { name: "Orders", exact: true }).click();
  await expect(ownerPage).toHaveURL(new RegExp(`/center/${center.slug}/orders$`));
  await ownerPage.getByLabel("Order reference").fill(reference.slice(0, 12).toLowerCase());
  await ownerPage.getByRole("button", { name: "Show" }).click();
  const table = ownerPage.getByTestId("orders-table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(COURSE);
  await expect(table).toContainText("KBZPay");
  await expect(table).toContainText("MMK 35,000");
  await expect(table).not.toContainText(phone.slice(-7));
  await table.getByRole("link", { name: reference }).click();
  await expect(ownerPage.getByRole("heading", { name: `Order ${reference}` })).toBeVisible();
  await expect(ownerPage.getByTestId("order-payments")).toContainText("MMK 35,000");
  // The open request comes first; an entitled one cannot be declined.
  const request = ownerPage.getByTestId("refund-request");
  await expect(request).toContainText("Student asked to cancel");
  await expect(request).toHaveAttribute("data-entitled", "true");
  await expect(request.getByTestId("reject-request-form")).toHaveCount(0);

  // Another center's orders, and an order that is not this center's, are simply not found.
  const other = DEMO_CENTERS.find((c) => c.slug !== center.slug && c.status === "ACTIVE")!;
  for (const path of [`/center/${other.slug}/orders`, `/center/${other.slug}/refund-policy`, `/center/${center.slug}/orders/0196f3a2-7c1b-7d2e-8f00-123456789012`]) {
    expect((await ownerPage.request.get(path)).status(), path).toBe(404);
  }

  // The refund form, without client JavaScript (plain posts to the server action).
  const plain = await browser.newContext({ baseURL, locale: "en-US", javaScriptEnabled: false, storageState: await ownerContext.storageState() });
  const page = await plain.newPage();
  const orderPath = new URL(ownerPage.url()).pathname;
  await page.goto(orderPath);
  const form = page.getByTestId("refund-form");
  await expect(form).toContainText("Can be refunded now: MMK 35,000");
  await expect(form.getByTestId("refund-settles-request")).toBeVisible();
  await expect(form.getByLabel("Reason", { exact: true })).toHaveValue("Student asked to cancel");
  await expect(form.getByTestId("refund-outside-terms")).toHaveCount(0);
  await expect(page.getByTestId("manual-refund")).toContainText("First send the money back to the student in the KBZPay merchant portal");

  // More than was paid: refused, and the reason is said in words.
  await form.getByRole("radio", { name: "Partial refund" }).check();
  await form.getByLabel("Amount to refund (MMK)").fill("50,000");
  await form.getByLabel("Reason", { exact: true }).fill("Student asked to cancel");
  await form.getByLabel("Refund reference from KBZPay").fill("KBZ-RF-20261125-01");
  await form.getByRole("button", { name: "Refund" }).click();
  await expect(page.getByTestId("refund-error")).toContainText("This order cannot be refunded under the center's refund policy.");
  await expect(page.getByTestId("refund-error")).toContainText("The amount is more than what can still be refunded.");

  // The whole order, with the reference of the money sent back in KBZPay's portal.
  await page.getByTestId("refund-form").getByRole("radio", { name: "Full refund: MMK 35,000" }).check();
  await page.getByTestId("refund-form").getByLabel("Reason", { exact: true }).fill("Student asked to cancel");
  await page.getByTestId("refund-form").getByLabel("Refund reference from KBZPay").fill("KBZ-RF-20261125-01");
  await page.getByTestId("refund-form").getByRole("button", { name: "Refund" }).click();
  await expect(page.getByTestId("refund-notice")).toHaveText("The refund is recorded.");
  await expect(page.getByTestId("order-summary").locator("[data-status]")).toHaveAttribute("data-status", "refunded");
  const refunds = page.getByTestId("order-refunds");
  await expect(refunds).toContainText("KBZ-RF-20261125-01");
  await expect(refunds).toContainText("Student asked to cancel");
  await expect(refunds).toContainText(owner.name);
  await expect(page.getByTestId("refund-blocked")).toHaveAttribute("data-reason", "not_paid");
  await expect(page.getByTestId("refund-requests")).toHaveCount(0);

  // New terms for orders placed from now on (this one keeps the terms it was sold under).
  await page.getByRole("navigation", { name: "Center dashboard" }).getByRole("link", { name: "Refund policy", exact: true }).click();
  await expect(page.getByTestId("refund-window")).toHaveText("7 days from payment");
  await page.getByLabel("Refund window in days (0–365)").fill("14");
  await page.getByLabel("Progress limit in percent (0–100)").fill("");
  await page.getByLabel("Terms in English").fill("Full refund within 14 days, whatever your progress.");
  await page.getByRole("button", { name: "Publish new terms" }).click();
  await expect(page.getByRole("status")).toHaveText("New terms published. They apply to orders placed from now on.");
  await expect(page.getByTestId("refund-window")).toHaveText("14 days from payment");
  await expect(page.getByTestId("refund-progress")).toHaveText("No limit");
  await expect(page.getByTestId("current-refund-terms")).toContainText("Full refund within 14 days, whatever your progress.");

  // The same page in Burmese.
  await plain.addCookies([{ name: "NEXT_LOCALE", value: "my", url: baseURL! }]);
  await page.goto(orderPath);
  await expect(page.getByTestId("order-summary")).toContainText("ငွေပြန်အမ်းပြီး");
  await expect(page.getByTestId("order-summary")).toContainText("၃၅,၀၀၀ ကျပ်");

  // The student no longer has the course.
  await studentPage.goto("/learn");
  await expect(studentPage.getByRole("link", { name: COURSE, exact: true })).toHaveCount(0);
  await studentPage.goto(`/account/orders/${orderId}`);
  await expect(studentPage.getByTestId("refund-request-status")).toHaveAttribute("data-status", "succeeded");
  await Promise.all([student.close(), ownerContext.close(), plain.close()]);
});
