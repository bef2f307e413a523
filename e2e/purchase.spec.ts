import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_CENTERS, NEWEST_COURSE } from "../prisma/seed/demo-fixtures";
import { signUpFreshStudent } from "./support/login";

// One course per test: a student never buys the same course twice, and each test has its own student.
const [yangonCode, mandalay, naypyitaw] = DEMO_CENTERS;
/** A center-wide demo coupon of Naypyitaw Exam Prep (prisma/seed/demo/coupons.ts): 10% off, no total cap. */
const DEMO_COUPON = "EXAM2027";

test.describe.configure({ timeout: 60_000 });

/** A new student, signed in from a course page's "Sign in to learn" link, back on that course page. */
async function newStudentOnCourse(browser: Browser, baseURL: string | undefined, centerSlug: string, courseTitle: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ baseURL, locale: "en-US", ...options });
  const page = await context.newPage();
  await page.goto(`/centers/${centerSlug}`);
  await page.getByRole("link", { name: courseTitle, exact: true }).click();
  await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  const coursePath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Sign in to learn" }).click();
  await signUpFreshStudent(page);
  await expect(page).toHaveURL(new RegExp(`${coursePath}$`));
  return { context, page };
}

/** From a course page: Buy → the checkout, with the course and its price. */
async function openCheckout(page: Page, courseTitle: string) {
  await page.getByTestId("buy-button").click();
  await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("checkout-course")).toHaveText(courseTitle);
}

/** Back on our order page: paid (by the verified callback), then the course is in My learning. */
async function expectPaidAndInMyLearning(page: Page, courseTitle: string) {
  await expect(page).toHaveURL(/\/checkout\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  await expect(page.getByRole("heading", { name: "Payment received. You are enrolled!" })).toBeVisible();
  await page.getByRole("link", { name: "Open My learning" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByTestId("my-courses").getByRole("link", { name: courseTitle, exact: true })).toBeVisible();
}

test("a new student buys a course with KBZPay: the QR page follows the payment made on the sandbox by itself", async ({ browser, baseURL }) => {
  const title = "Python for Beginners";
  const { context, page } = await newStudentOnCourse(browser, baseURL, yangonCode.slug, title);
  await openCheckout(page, title);
  await page.getByRole("radio", { name: /KBZPay \/ MMQR/ }).check();
  await page.getByTestId("pay-button").click();

  // Our pending page: the MMQR to scan, the payment page, and no decision taken from any URL.
  await expect(page).toHaveURL(/\/checkout\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "pending");
  await expect(page.getByRole("img", { name: /^QR code to pay MMK 85,000 for order MMSO_/ })).toBeVisible();
  const reference = await page.getByTestId("order-reference").textContent();

  // The payer acts on the sandbox "phone" in another tab; this page refreshes itself (no script).
  const phone = await context.newPage();
  await phone.goto((await page.getByTestId("payment-page-link").getAttribute("href")) as string);
  await expect(phone.getByTestId("kbzpay-reference")).toHaveText(reference as string);
  await phone.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(phone.getByTestId("kbzpay-callback")).toHaveAttribute("data-http-status", "200");
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid", { timeout: 15_000 });

  // Coming back through the sandbox's link lands on the same, paid order.
  await phone.getByRole("link", { name: "Back to the merchant" }).click();
  await expect(phone.getByTestId("order-reference")).toHaveText(reference as string);
  await expectPaidAndInMyLearning(phone, title);

  // The receipt, from My orders.
  await page.goto("/account");
  await page.getByRole("link", { name: "My orders and receipts" }).click();
  await page.getByTestId("my-orders").getByRole("link", { name: "Receipt" }).first().click();
  await expect(page.getByTestId("receipt-reference")).toHaveText(reference as string);
  await expect(page.getByTestId("receipt-total")).toHaveText("MMK 85,000");
  await expect(page.getByTestId("receipt").getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  // Bought: the course page now offers to continue, and a second checkout says so.
  await page.goto("/learn");
  await page.getByTestId("my-courses").getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("link", { name: "Continue learning" })).toBeVisible();
  await expect(page.getByTestId("buy-button")).toHaveCount(0);
  await context.close();
});

test("a new student buys a course through Dinger's sandbox and comes back to a paid order", async ({ browser, baseURL }) => {
  const title = NEWEST_COURSE.titleEn;
  const { context, page } = await newStudentOnCourse(browser, baseURL, mandalay.slug, title);
  await openCheckout(page, title);
  await page.getByRole("radio", { name: /^Dinger/ }).check();
  // A coupon of another center is refused, and the chosen method is kept.
  await page.getByLabel("Coupon code (optional)").fill(DEMO_COUPON);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("checkout-error")).toContainText("This coupon code is not valid for this course.");
  await expect(page.getByRole("radio", { name: /^Dinger/ })).toBeChecked();
  await page.getByLabel("Coupon code (optional)").fill("");
  await page.getByTestId("pay-button").click();

  await expect(page).toHaveURL(/\/sandbox\/dinger\//);
  await expect(page.getByTestId("dinger-amount")).toHaveText("MMK 90,000");
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByTestId("dinger-callback")).toHaveAttribute("data-http-status", "200");
  await page.getByRole("link", { name: "Back to the merchant" }).click();
  await expectPaidAndInMyLearning(page, title);

  // Someone else's order, or no order at all, is simply not found.
  expect((await page.goto("/checkout/orders/0196f3a2-7c1b-7d2e-8f00-123456789012"))?.status()).toBe(404);
  await context.close();
});

test("without JavaScript, a new student applies a coupon and pays by card on Stripe's sandbox", async ({ browser, baseURL }) => {
  const title = "Matriculation Physics";
  const { context, page } = await newStudentOnCourse(browser, baseURL, naypyitaw.slug, title, { javaScriptEnabled: false });
  await openCheckout(page, title);
  await expect(page.getByRole("link", { name: `Refund policy of ${naypyitaw.nameEn}` })).toHaveAttribute("href", `/centers/${naypyitaw.slug}/refund-policy`);

  // A wrong code is refused in the visitor's language, then the demo coupon takes 10% off.
  await page.getByRole("radio", { name: /^Card/ }).check();
  await page.getByLabel("Coupon code (optional)").fill("NOSUCHCODE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("checkout-error")).toContainText("This coupon code is not valid for this course.");
  await expect(page.getByTestId("checkout-error")).toContainText("No coupon has this code.");
  await page.getByLabel("Coupon code (optional)").fill(DEMO_COUPON.toLowerCase());
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("coupon-applied")).toContainText(`Coupon ${DEMO_COUPON} applied: MMK 14,000 off.`);
  await expect(page.getByTestId("checkout-total")).toHaveText("MMK 126,000");
  await expect(page.getByRole("radio", { name: /^Card/ })).toBeChecked();
  await page.getByRole("button", { name: "Pay MMK 126,000" }).click();

  await expect(page).toHaveURL(/\/sandbox\/stripe\//);
  await expect(page.getByTestId("stripe-amount")).toHaveText("MMK 126,000");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByTestId("stripe-callback")).toHaveAttribute("data-http-status", "200");
  await page.getByTestId("stripe-back").click();
  await expectPaidAndInMyLearning(page, title);

  await page.goto("/account/orders");
  await page.getByTestId("my-orders").getByRole("link", { name: "Receipt" }).first().click();
  await expect(page.getByTestId("receipt")).toContainText("− MMK 14,000");
  await expect(page.getByTestId("receipt-total")).toHaveText("MMK 126,000");
  await expect(page.getByTestId("receipt")).toContainText(naypyitaw.nameEn);

  // The center's refund terms, linked from its page.
  await page.goto(`/centers/${naypyitaw.slug}`);
  await page.getByRole("main").getByRole("link", { name: "Refund policy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Refund policy");
  await expect(page.getByTestId("refund-rules")).toContainText(/Ask within \d+ days? of paying\./);

  // A free course goes through the same order, paid at once, with no payment page.
  await page.goto(`/centers/${yangonCode.slug}`);
  await page.getByRole("link", { name: "HTML and CSS Basics", exact: true }).click();
  await page.getByRole("link", { name: "Enrol for free" }).click();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expectPaidAndInMyLearning(page, "HTML and CSS Basics");
  await context.close();
});
