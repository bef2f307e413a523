import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs } from "./support/login";

const { owner, centerSlug: slug } = E2E_ACCOUNTS.courses;

test.describe("center courses", () => {
  test("an owner creates a course, builds and reorders its outline, assigns an instructor and publishes it", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    const page = await context.newPage();
    await loginAs(page, owner);
    await page.goto(`/center/${slug}/courses`);
    await expect(page.getByTestId("center-courses-table")).toBeVisible();
    await page.getByRole("link", { name: "New course" }).click();

    const title = `Playwright course ${Date.now()}`;
    await page.getByLabel("Title (English)", { exact: true }).fill(title);
    await page.getByLabel("Title (Burmese)", { exact: true }).fill("စမ်းသပ် သင်တန်း");
    await page.getByLabel("Category").selectOption({ index: 1 });
    await page.getByLabel("Currency").selectOption("USD");
    await page.getByLabel("Price", { exact: true }).fill("12.5x");
    await page.getByRole("button", { name: "Create course" }).click();
    await expect(page.getByText("Enter a price: whole kyat, or dollars with at most two decimals.")).toBeVisible();
    await page.getByLabel("Price", { exact: true }).fill("12.50");
    await page.getByRole("button", { name: "Create course" }).click();
    await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    const courseUrl = page.url();

    // Publishing an empty course is refused, in words.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Add at least one lesson" })).toBeVisible();

    for (const name of ["Basics", "Advanced"]) {
      await page.getByRole("button", { name: "Add section" }).click();
      await page.getByLabel("Section title (English)").fill(name);
      await page.getByRole("button", { name: "Save section" }).click();
      await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
    }
    const basics = page.locator("li[data-section-id]").filter({ has: page.getByRole("heading", { name: "Basics", exact: true }) });
    for (const name of ["First lesson", "Second lesson"]) {
      await basics.getByRole("button", { name: "Add lesson" }).click();
      await page.getByLabel("Lesson title (English)").fill(name);
      await page.getByRole("button", { name: "Save lesson" }).click();
      await expect(basics.getByText(name)).toBeVisible();
    }
    // Up/down buttons, then the keyboard drag (space, arrow, space) on the handle.
    await page.getByRole("button", { name: "Move lesson “Second lesson” up" }).click();
    await expect(basics.locator("li[data-lesson-id]").first()).toContainText("Second lesson");
    await page.getByRole("button", { name: "Move section “Advanced” up" }).click();
    await expect(page.locator("li[data-section-id] h4").first()).toHaveText("Advanced");
    // The screen moves at once; the server has the order once the outline is no longer busy.
    await expect(page.locator('ol[aria-busy="true"]')).toHaveCount(0);
    await page.reload();
    await expect(page.locator("li[data-section-id] h4").first()).toHaveText("Advanced");

    const instructors = page.getByRole("region", { name: "Instructors" });
    await instructors.getByRole("button", { name: "Assign" }).first().click();
    await expect(instructors.getByRole("button", { name: "Remove" }).first()).toBeVisible();

    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Quizzes" })).toHaveAttribute("href", /\/quizzes$/);

    await page.goto(`/center/${slug}/courses?status=PUBLISHED`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    // The keyboard drag (dnd-kit's KeyboardSensor): space picks the handle up, an arrow moves it,
    // space drops it; each step waits for the drag state or its screen-reader announcement.
    await page.goto(courseUrl);
    const handle = page.getByRole("button", { name: "Drag section “Basics”" });
    await handle.focus();
    await page.keyboard.press("Space");
    await expect(handle).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByText("Basics is over Advanced.")).toBeAttached();
    await page.keyboard.press("Space");
    await expect(page.locator("li[data-section-id] h4").first()).toHaveText("Basics");
    await expect(page.locator('ol[aria-busy="true"]')).toHaveCount(0);
    await page.reload();
    await expect(page.locator("li[data-section-id] h4").first()).toHaveText("Basics");
    await context.close();
  });
});
