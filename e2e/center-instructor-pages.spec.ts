import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_CENTERS } from "../prisma/seed/demo-fixtures";
import { signUpFreshStudent } from "./support/login";

const center = DEMO_CENTERS[0];
const pendingCenter = DEMO_CENTERS.find((c) => c.status === "PENDING");
const teacher = DEMO_ACCOUNTS.instructor;
const UUID_PATH = /\/instructors\/[0-9a-f-]{36}$/;

const followerCount = async (page: Page) => Number(/\d+/.exec((await page.getByTestId("follower-count").textContent()) ?? "")?.[0] ?? 0);

test("a course page links to its center's and instructor's public pages; hidden ones answer 404", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`/centers/${center.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(center.nameEn);
  await expect(page.getByTestId("instructor-list").getByRole("link", { name: teacher.displayNameEn })).toBeVisible();

  await page.getByRole("link", { name: "Python for Beginners", exact: true }).click();
  await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  const coursePath = new URL(page.url()).pathname;
  await page.getByRole("main").getByRole("link", { name: center.nameEn, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/centers/${center.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(center.nameEn);

  await page.goto(coursePath);
  await page.getByRole("main").getByRole("link", { name: teacher.displayNameEn, exact: true }).click();
  await expect(page).toHaveURL(UUID_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(teacher.displayNameEn);
  await expect(page.getByRole("main").getByRole("link", { name: center.nameEn, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to follow" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Python for Beginners", exact: true })).toBeVisible();

  for (const path of [`/centers/${pendingCenter?.slug}`, "/centers/no-such-center", "/instructors/not-a-uuid", "/instructors/0196f3a2-7c1b-7d2e-8f00-123456789012"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await context.close();

  const burmese = await browser.newContext({ baseURL, locale: "my-MM" });
  const myPage = await burmese.newPage();
  await myPage.goto(`/centers/${center.slug}`);
  await expect(myPage.getByRole("heading", { level: 1 })).toHaveText(center.nameMy);
  await expect(myPage.getByTestId("instructor-list").getByRole("link", { name: teacher.displayNameMy })).toBeVisible();
  await burmese.close();
});

test("a student signs in from an instructor's page, follows, sees them under Following and unfollows", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`/centers/${center.slug}`);
  await page.getByTestId("instructor-list").getByRole("link", { name: teacher.displayNameEn }).click();
  await expect(page).toHaveURL(UUID_PATH);
  const instructorPath = new URL(page.url()).pathname;

  // A new student (its own phone: no other spec shares its resend cooldown or its follows).
  await page.getByRole("link", { name: "Sign in to follow" }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await signUpFreshStudent(page);
  await expect(page).toHaveURL(new RegExp(`${instructorPath}$`));

  const before = await followerCount(page);
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unfollow", exact: true })).toBeVisible();
  await expect.poll(() => followerCount(page)).toBe(before + 1);

  await page.getByRole("banner").getByRole("link", { name: "Following", exact: true }).click();
  await expect(page).toHaveURL(/\/following$/);
  const list = page.getByTestId("following-list");
  await expect(list.getByRole("link", { name: teacher.displayNameEn })).toHaveAttribute("href", instructorPath);
  await list.getByRole("button", { name: `Unfollow ${teacher.displayNameEn}` }).click();
  await expect(page.getByTestId("following-list")).toHaveCount(0);
  await page.goto(instructorPath);
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toBeVisible();
  await expect.poll(() => followerCount(page)).toBe(before);

  // The same buttons without client JavaScript: plain form posts to the server actions.
  const noScript = await browser.newContext({ baseURL, locale: "en-US", javaScriptEnabled: false, storageState: await context.storageState() });
  const plain = await noScript.newPage();
  await plain.goto(instructorPath);
  await plain.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(plain.getByRole("button", { name: "Unfollow", exact: true })).toBeVisible();
  await plain.goto("/following");
  await plain.getByTestId("following-list").getByRole("button", { name: `Unfollow ${teacher.displayNameEn}` }).click();
  await expect(plain.getByTestId("following-list")).toHaveCount(0);
  await noScript.close();
  await context.close();
});
