import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS } from "./support/accounts";
import { loginAs } from "./support/login";

test.describe("center quizzes and live classes (issue 6)", () => {
  test("an assigned instructor builds and publishes a quiz, then schedules and cancels a live class", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    const instructor = E2E_ACCOUNTS.teaching;
    await loginAs(page, instructor.instructor);
    await page.goto(`/center/${instructor.centerSlug}/courses`);
    const hrefs = await page.locator(`a[href^="/center/${instructor.centerSlug}/courses/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const coursePath = hrefs.find((href) => /\/courses\/[0-9a-f-]{36}$/.test(href));
    expect(coursePath).toBeTruthy();

    await page.goto(`${coursePath}/quizzes`);
    await page.getByRole("link", { name: "New quiz" }).click();
    await expect(page).toHaveURL(/\/quizzes\/new$/);
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Create quiz" }).click();
    await expect(page.getByText("Write it in English, Burmese or both.")).toBeVisible();
    await page.getByLabel("Quiz title (English)").fill("E2E quiz");
    await page.getByLabel("Pass mark (%)").fill("50");
    await page.getByRole("button", { name: "Create quiz" }).click();
    await expect(page.getByRole("heading", { name: "E2E quiz" })).toBeVisible();
    await page.waitForLoadState("networkidle");

    await page.getByRole("button", { name: "Add question" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Question type").selectOption({ label: "Multiple choice" });
    await dialog.getByLabel("Question (English)").fill("Which numbers are even?");
    await dialog.getByLabel("Option 1 (English)").fill("2");
    await dialog.getByLabel("Option 2 (English)").fill("3");
    await dialog.getByLabel("Option 3 (English)").fill("4");
    await dialog.getByLabel("Correct").nth(2).check();
    await dialog.getByRole("button", { name: "Save question" }).click();
    await expect(page.getByTestId("quiz-question")).toContainText("Which numbers are even?");

    await page.getByRole("button", { name: "Add question" }).click();
    await dialog.getByLabel("Question type").selectOption({ label: "True / false" });
    await dialog.getByLabel("Question (English)").fill("Python is a snake and a language.");
    await dialog.getByLabel("Correct").nth(0).check();
    await dialog.getByRole("button", { name: "Save question" }).click();
    await expect(page.getByTestId("quiz-question")).toHaveCount(2);

    await page.getByRole("button", { name: "Publish quiz" }).click();
    await expect(page.getByTestId("quiz-status")).toContainText("Published");
    await expect(page.getByTestId("quiz-results-attempts")).toHaveText("0");
    await page.screenshot({ path: ".data/test-results/center-quiz.png", fullPage: true });
    await page.goto(`${coursePath}/quizzes`);
    await expect(page.getByTestId("quiz-table")).toContainText("E2E quiz");

    await page.goto(`${coursePath}/live-classes`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Schedule a class" }).click();
    const form = page.getByRole("dialog");
    await form.getByLabel("Class title (English)").fill("E2E class");
    await form.getByLabel("Start (Myanmar time)").fill("2030-01-15T18:30");
    await form.getByLabel("Duration (minutes)").fill("45");
    await form.getByRole("button", { name: "Schedule class" }).click();
    const upcoming = page.getByTestId("live-classes-upcoming");
    await expect(upcoming).toContainText("E2E class");
    const row = upcoming.getByRole("row", { name: /E2E class/ });
    await expect(row.getByRole("link", { name: "Start as host" })).toHaveAttribute("href", /\/live-classes\/[0-9a-f-]{36}\/start$/);
    await page.screenshot({ path: ".data/test-results/center-live-classes.png", fullPage: true });

    await row.getByRole("button", { name: "Cancel class" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Cancel class" }).click();
    await expect(page.getByTestId("live-classes-cancelled")).toContainText("E2E class");
    await context.close();
  });
});
