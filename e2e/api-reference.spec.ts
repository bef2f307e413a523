import { expect, test } from "@playwright/test";

test("the API reference renders from the app alone, with no outside request", async ({ page, baseURL }) => {
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === new URL(baseURL ?? "").origin || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  await page.goto("/api/v1/docs");
  await expect(page.getByText("MMSO mobile API").first()).toBeVisible();
  await page.getByRole("button", { name: "Show all Catalog endpoints" }).click();
  await expect(page.getByText("Published courses, newest first", { exact: false }).first()).toBeVisible();
  expect(outside).toEqual([]);
});
