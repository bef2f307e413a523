/**
 * First-load JavaScript of the center dashboard's pages (target ≤ 250 kB gzip, issue 6), signed in
 * as a demo center owner through the real login form (code read from the development outbox) in
 * Debian's Chromium. Run against a demo server: `npm start`, then
 *   npm run bench:dashboard-first-load [-- baseUrl]
 */
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-fixtures.ts";
import { describeFirstLoad, measureFirstLoad } from "./lib/first-load.ts";
import { signInCookie } from "./lib/web-sign-in.ts";

const TARGET_KB = 250;
const baseUrl = process.argv[2] ?? "http://localhost:3000";
const owner = DEMO_ACCOUNTS.centerOwners[0];
const center = `/center/${owner.centerSlug}`;
const cookie = await signInCookie(baseUrl, owner.email, process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");

/** The first link of a dashboard page's HTML under `prefix` (not the "new" form). */
async function firstLink(path: string, prefix: string): Promise<string | null> {
  const html = await (await fetch(new URL(path, baseUrl), { headers: { cookie } })).text();
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...html.matchAll(new RegExp(`href="(${escaped}[^"/]+)"`, "g"))].map((m) => m[1] as string).find((href) => !href.endsWith("/new")) ?? null;
}

// A course and a quiz page of the center, found from its course list.
const paths = [center, `${center}/courses`, `${center}/courses/new`, `${center}/students`, `${center}/orders`, `${center}/finance`, `${center}/coupons`, `${center}/notifications/new`, `${center}/settings`];
const courseHref = await firstLink(`${center}/courses`, `${center}/courses/`);
if (courseHref) {
  paths.push(courseHref, `${courseHref}/quizzes`, `${courseHref}/live-classes`);
  const quizHref = await firstLink(`${courseHref}/quizzes`, `${courseHref}/quizzes/`);
  if (quizHref) paths.push(quizHref);
}
let worst = 0;
for (const path of paths) {
  const result = await measureFirstLoad(baseUrl, path, cookie);
  worst = Math.max(worst, result.jsKbGzip);
  process.stdout.write(`${describeFirstLoad(result)}\n`);
  // BENCH_FILES=1 lists each script (largest first), to see what a page adds to the shared ones.
  if (process.env.BENCH_FILES) for (const file of [...result.files].sort((a, b) => b.kbGzip - a.kbGzip)) process.stdout.write(`    ${file.kbGzip.toFixed(1).padStart(6)} kB  ${file.url}\n`);
}
process.stdout.write(`\nlargest dashboard first-load JS: ${worst.toFixed(1)} kB gzip (target ≤ ${TARGET_KB} kB): ${worst <= TARGET_KB ? "met" : "MISSED"}\n`);
