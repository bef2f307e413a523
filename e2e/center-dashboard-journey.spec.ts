import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs, signUpFreshStudent } from "./support/login";

const { admin, instructor, centerSlug } = E2E_ACCOUNTS.journey;
const dashboard = `/center/${centerSlug}`;
const yangonToday = () => new Date(Date.now() + 6.5 * 3_600_000).toISOString().slice(0, 10);

test.describe.configure({ timeout: 180_000 });

/**
 * Issue 6's journey: an admin creates a course with a quiz and a coupon and publishes it; a student
 * buys it through the KBZPay sandbox with the coupon; the admin sees the sale in the finance report
 * and downloads the CSV; the course's instructor sees only their own courses.
 */
test("an admin builds and sells a course, sees the sale in the report and CSV; the instructor sees only their courses", async ({ browser, baseURL }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const title = `Bookkeeping Basics ${stamp}`;
  const couponCode = `JOURNEY${stamp}`;

  // The admin creates the course (a draft) with its price.
  const adminContext = await browser.newContext({ baseURL, locale: "en-US", acceptDownloads: true });
  const page = await adminContext.newPage();
  await loginAs(page, admin);
  await page.goto(dashboard);
  await page.getByRole("navigation", { name: "Center dashboard" }).getByRole("link", { name: "Courses", exact: true }).click();
  await page.getByRole("link", { name: "New course" }).click();
  await page.getByLabel("Title (English)", { exact: true }).fill(title);
  await page.getByLabel("Title (Burmese)", { exact: true }).fill(`စာရင်းကိုင် အခြေခံ ${stamp}`);
  await page.getByLabel("Category").selectOption({ index: 1 });
  await page.getByLabel("Currency").selectOption("MMK");
  await page.getByLabel("Price", { exact: true }).fill("20000");
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  const coursePath = new URL(page.url()).pathname;
  const courseId = coursePath.split("/").pop() as string;
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // Its outline: one section with one lesson.
  await page.getByRole("button", { name: "Add section" }).click();
  await page.getByLabel("Section title (English)").fill("Getting started");
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByRole("heading", { name: "Getting started", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Add lesson" }).click();
  await page.getByLabel("Lesson title (English)").fill("Debits and credits");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByText("Debits and credits")).toBeVisible();

  // The course's instructor.
  const instructors = page.getByRole("region", { name: "Instructors" });
  await instructors.getByRole("listitem").filter({ hasText: "Wai Phyo Maung" }).getByRole("button", { name: "Assign" }).click();
  await expect(instructors.getByRole("listitem").filter({ hasText: "Wai Phyo Maung" }).getByRole("button", { name: "Remove" })).toBeVisible();

  // A quiz with one question, published.
  await page.getByRole("link", { name: "Quizzes" }).click();
  await page.getByRole("link", { name: "New quiz" }).click();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Quiz title (English)").fill("Check your basics");
  await page.getByLabel("Pass mark (%)").fill("50");
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByRole("heading", { name: "Check your basics" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Add question" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Question type").selectOption({ label: "Single choice" });
  await dialog.getByLabel("Question (English)").fill("Which side of the ledger records an asset's increase?");
  await dialog.getByLabel("Option 1 (English)").fill("Debit");
  await dialog.getByLabel("Option 2 (English)").fill("Credit");
  await dialog.getByLabel("Option 3 (English)").fill("Neither");
  await dialog.getByLabel("Correct").first().check();
  await dialog.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByTestId("quiz-question")).toHaveCount(1);
  await page.getByRole("button", { name: "Publish quiz" }).click();
  await expect(page.getByTestId("quiz-status")).toContainText("Published");

  // Published: the course is in the catalog.
  await page.goto(coursePath);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  // A coupon for this course only: 25% off.
  await page.goto(`${dashboard}/coupons/new`);
  await page.getByLabel("Code").fill(couponCode);
  await page.getByLabel("Discount type").selectOption("PERCENT");
  await page.getByLabel("Discount", { exact: true }).fill("25");
  await page.getByLabel("Applies to").selectOption({ label: title });
  await page.getByRole("button", { name: "Create coupon" }).click();
  await expect(page).toHaveURL(/\/coupons\/[0-9a-f-]{36}\?notice=created$/);

  // A new student finds the course, signs in and pays with KBZPay on the sandbox, with the coupon.
  const studentContext = await browser.newContext({ baseURL, locale: "en-US" });
  const student = await studentContext.newPage();
  await student.goto(`/courses/${courseId}`);
  await expect(student.getByRole("heading", { level: 1 })).toHaveText(title);
  await student.getByRole("link", { name: "Sign in to learn" }).click();
  await signUpFreshStudent(student);
  await expect(student).toHaveURL(new RegExp(`/courses/${courseId}$`));
  await student.getByTestId("buy-button").click();
  await student.getByRole("radio", { name: /^KBZPay/ }).check();
  await student.getByLabel("Coupon code (optional)").fill(couponCode.toLowerCase());
  await student.getByRole("button", { name: "Apply" }).click();
  await expect(student.getByTestId("checkout-total")).toHaveText("MMK 15,000");
  await student.getByTestId("pay-button").click();
  await expect(student).toHaveURL(/\/checkout\/orders\/[0-9a-f-]{36}$/);
  const reference = ((await student.getByTestId("order-reference").textContent()) ?? "").trim();
  await student.goto((await student.getByTestId("payment-page-link").getAttribute("href")) as string);
  await student.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(student.getByTestId("kbzpay-callback")).toHaveAttribute("data-http-status", "200");
  await student.goto("/learn");
  await expect(student.getByTestId("my-courses").getByRole("link", { name: title, exact: true })).toBeVisible();

  // The admin sees the sale in today's report by course, and in the CSV.
  const today = yangonToday();
  await page.goto(`${dashboard}/finance?from=${today}&to=${today}&group=course`);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("MMK 20,000");
  await expect(row).toContainText("MMK 5,000");
  const download = page.waitForEvent("download");
  await page.getByTestId("finance-csv").click();
  const csv = await readFile((await (await download).path()) as string, "utf8");
  const line = csv.split("\n").find((entry) => entry.includes(reference));
  expect(line, `the CSV has order ${reference}`).toBeTruthy();
  expect(line).toContain(title);

  // An announcement to the course's students, sent now; the student finds it in their inbox.
  await page.goto(`${dashboard}/notifications/new`);
  await page.getByLabel("Course").selectOption({ label: title });
  const english = page.getByRole("group", { name: "English" });
  await english.getByLabel("Title").fill("Welcome to the course");
  await english.getByLabel("Message").fill("The first live class is on Saturday.");
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/notifications\?notice=sent$/);
  await student.goto("/account");
  await student.getByRole("link", { name: "Open your notifications" }).click();
  const inbox = student.getByTestId("inbox");
  await expect(inbox.locator('li[data-read="false"]').filter({ hasText: "Welcome to the course" })).toContainText("The first live class is on Saturday.");
  await student.getByRole("button", { name: "Mark all as read" }).click();
  await expect(student.getByTestId("inbox-unread")).toHaveText("Everything is read.");
  await expect(inbox.locator('li[data-read="false"]')).toHaveCount(0);
  await studentContext.close();
  await adminContext.close();

  // The instructor: this course and their own, not the center's other courses.
  const teacherContext = await browser.newContext({ baseURL, locale: "en-US" });
  const teacher = await teacherContext.newPage();
  await loginAs(teacher, instructor);
  await teacher.goto(`${dashboard}/courses`);
  await expect(teacher.getByRole("link", { name: title })).toBeVisible();
  await expect(teacher.getByRole("link", { name: "First Aid at Work" })).toBeVisible();
  await expect(teacher.getByRole("link", { name: "Customer Service Excellence" })).toHaveCount(0);
  await expect(teacher.getByRole("link", { name: "New course" })).toHaveCount(0);
  await expect(teacher.getByRole("navigation", { name: "Center dashboard" }).getByRole("link", { name: "Finance" })).toHaveCount(0);
  await teacherContext.close();
});
