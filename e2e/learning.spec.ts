import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-fixtures";
import { loginAs } from "./support/login";

test("a student opens a purchased course, reads a lesson and completes it", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  await loginAs(page, DEMO_ACCOUNTS.students[1].email);
  await page.goto("/learn");
  const myCourses = page.getByTestId("my-courses").getByRole("link");
  expect(await myCourses.count()).toBeGreaterThan(0);
  await myCourses.first().click();
  await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  await expect(page.getByText("You are enrolled")).toBeVisible();
  await page.getByRole("link", { name: "Continue learning" }).click();
  await expect(page).toHaveURL(/\/learn\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("lesson-body")).not.toBeEmpty();
  const complete = page.getByRole("button", { name: "Mark as complete" });
  if (await complete.isVisible()) await complete.click();
  await expect(page.getByText("Completed")).toBeVisible();
  await context.close();
});

test("a course page shows no lesson body to someone not enrolled, and a lesson answers 404", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/courses");
  await page.getByTestId("course-card").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("link", { name: "Sign in to learn" })).toBeVisible();
  const courseId = page.url().split("/").pop();
  const api = await page.request.get(`/api/v1/courses/${courseId}`);
  const body = await api.text();
  expect(body).not.toContain('"body"');
  expect(body).not.toContain("zoom.us/j/");

  await loginAs(page, DEMO_ACCOUNTS.centerOwners[2].email);
  const detail = await (await page.request.get(`/api/v1/courses/${courseId}`)).json();
  const lessonId = detail.sections[0].lessons.find((l: { isPreview: boolean }) => !l.isPreview)?.id;
  const res = await page.goto(`/learn/${courseId}/${lessonId}`);
  expect(res?.status()).toBe(404);
  await context.close();
});
