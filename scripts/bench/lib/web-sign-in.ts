/**
 * A demo center owner's session cookie, obtained through the real sign-in flow (login form, code
 * read from the development outbox) in Debian's Chromium; used by bench:web and bench:dashboard-first-load.
 */
import { chromium } from "@playwright/test";

export async function signInCookie(base: string, email: string, chromePath: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const context = await browser.newContext({ baseURL: base, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/login");
    await page.locator("input[name=contact]").fill(email);
    await page.locator("main form button[type=submit]").click();
    await page.locator("input[name=code]").waitFor();
    let code: string | undefined;
    for (let attempt = 0; attempt < 50 && !code; attempt++) {
      const outbox = (await (await context.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { items: { body: string }[] };
      code = /\b(\d{6})\b/.exec(outbox.items[0]?.body ?? "")?.[1];
      if (!code) await page.waitForTimeout(200);
    }
    if (!code) throw new Error("no sign-in code in the development outbox (is the server in demo mode?)");
    await page.locator("input[name=code]").fill(code);
    await page.locator("main form button[type=submit]").click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    // The language cookie is left out: every page is measured in the Accept-Language the script sends.
    return (await context.cookies()).filter((c) => c.name !== "NEXT_LOCALE").map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
