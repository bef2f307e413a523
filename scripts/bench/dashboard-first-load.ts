/**
 * First-load JavaScript of the center dashboard's pages (target ≤ 250 kB gzip, issue 6), signed in
 * as a demo center owner through the real login form (code read from the development outbox) in
 * Debian's Chromium. Run against a demo server: `npm start`, then
 *   npm run bench:dashboard-first-load [-- baseUrl]
 */
import { chromium } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-fixtures.ts";
import { describeFirstLoad, measureFirstLoad } from "./lib/first-load.ts";

const TARGET_KB = 250;
const baseUrl = process.argv[2] ?? "http://localhost:3000";
const owner = DEMO_ACCOUNTS.centerOwners[0];
const center = `/center/${owner.centerSlug}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
let worst = 0;
try {
  const context = await browser.newContext({ baseURL: baseUrl, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("input[name=contact]").fill(owner.email);
  await page.locator("main form button[type=submit]").click();
  await page.locator("input[name=code]").waitFor();
  let code: string | undefined;
  for (let attempt = 0; attempt < 50 && !code; attempt++) {
    const outbox = (await (await context.request.get(`/api/dev/outbox?to=${encodeURIComponent(owner.email)}`)).json()) as { items: { body: string }[] };
    code = /\b(\d{6})\b/.exec(outbox.items[0]?.body ?? "")?.[1];
    if (!code) await page.waitForTimeout(200);
  }
  if (!code) throw new Error("no sign-in code in the development outbox (is the server in demo mode?)");
  await page.locator("input[name=code]").fill(code);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // A course and a quiz page of the center, found from its course list.
  const paths = [center, `${center}/courses`, `${center}/courses/new`, `${center}/students`, `${center}/orders`, `${center}/finance`, `${center}/coupons`, `${center}/notifications/new`, `${center}/settings`];
  await page.goto(`${center}/courses`);
  const courseHref = await page.locator(`a[href^="${center}/courses/"]:not([href$="/new"])`).first().getAttribute("href");
  if (courseHref) {
    paths.push(courseHref, `${courseHref}/quizzes`, `${courseHref}/live-classes`);
    await page.goto(`${courseHref}/quizzes`);
    const quizHref = await page.locator(`a[href^="${courseHref}/quizzes/"]:not([href$="/new"])`).first().getAttribute("href", { timeout: 5_000 }).catch(() => null);
    if (quizHref) paths.push(quizHref);
  }
  for (const path of paths) {
    const result = await measureFirstLoad(baseUrl, path, cookie);
    worst = Math.max(worst, result.jsKbGzip);
    process.stdout.write(`${describeFirstLoad(result)}\n`);
    // BENCH_FILES=1 lists each script (largest first), to see what a page adds to the shared ones.
    if (process.env.BENCH_FILES) for (const file of [...result.files].sort((a, b) => b.kbGzip - a.kbGzip)) process.stdout.write(`    ${file.kbGzip.toFixed(1).padStart(6)} kB  ${file.url}\n`);
  }
} finally {
  await browser.close();
}
process.stdout.write(`\nlargest dashboard first-load JS: ${worst.toFixed(1)} kB gzip (target ≤ ${TARGET_KB} kB): ${worst <= TARGET_KB ? "met" : "MISSED"}\n`);
