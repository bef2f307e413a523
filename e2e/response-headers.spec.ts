import { expect, test, type APIRequestContext, type APIResponse, type Cookie } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-fixtures";
import { loginAs } from "./support/login";
import { freshPhone, readCodeFromOutbox } from "./support/otp";

/*
 * Response headers of every kind of answer the production server gives: pages (public, signed-in,
 * dashboard, 404, redirect, server action), API JSON (200, contract error), a webhook's answer,
 * uploaded media, Next's static assets and the OpenAPI document. security-headers.spec.ts checks the
 * CSP itself; here every kind must carry the baseline, say how it may be cached, set its cookies
 * safely and never open CORS. The Naypyitaw owner's phone belongs to this spec alone.
 */

type Headers = Record<string, string>;
const dashboardOwner = DEMO_ACCOUNTS.centerOwners[2];
const ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const EVIL_ORIGIN = "https://evil.example";

/** The headers every answer carries, whatever produced it (next.config.ts headers, proxy.ts CSP). */
function expectBaseline(headers: Headers, what: string) {
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  const framing = headers["x-frame-options"] === "DENY" || /frame-ancestors 'none'/.test(headers["content-security-policy"] ?? "");
  expect(framing, `${what}: X-Frame-Options DENY or frame-ancestors 'none'`).toBe(true);
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  // At least a year, as HSTS preload lists require.
  expect(Number(/max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1] ?? 0), `${what}: HSTS`).toBeGreaterThanOrEqual(31_536_000);
  expect(headers["permissions-policy"], `${what}: Permissions-Policy`).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["x-powered-by"], `${what}: X-Powered-By`).toBeUndefined();
  // No product or version in Server / Via, and nothing else that names the stack.
  expect(headers["server"] ?? "", `${what}: Server`).not.toMatch(/next|node|\d/i);
  expect(headers["via"], `${what}: Via`).toBeUndefined();
  expect(headers["x-aspnet-version"] ?? headers["x-runtime"], what).toBeUndefined();
}

/** Personal answers: neither a shared nor a browser cache may keep them. */
function expectNoStore(headers: Headers, what: string) {
  expect(headers["cache-control"] ?? "", `${what}: Cache-Control`).toMatch(/no-store/);
  expect(headers["cache-control"] ?? "", `${what}: Cache-Control`).not.toMatch(/public|s-maxage/);
}

/** A CORS-blind answer: no origin is echoed, credentials are never allowed cross-origin. */
function expectNoCors(headers: Headers, what: string) {
  expect(headers["access-control-allow-origin"], `${what}: ACAO`).toBeUndefined();
  expect(headers["access-control-allow-credentials"], `${what}: ACAC`).toBeUndefined();
}

const setCookies = (res: APIResponse) =>
  res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);

/** Signs a fresh student in through the mobile API and returns the bearer token. */
async function apiSignIn(request: APIRequestContext): Promise<string> {
  const phone = freshPhone();
  const sent = await request.post("/api/v1/auth/otp/request", { data: { phone } });
  expect(sent.status()).toBe(202);
  const code = await readCodeFromOutbox(request, phone);
  const verified = await request.post("/api/v1/auth/otp/verify", { data: { phone, code, ageConfirmed: true } });
  expect(verified.status()).toBe(200);
  // Tokens in a body: no cache may keep it, and the mobile API never sets cookies.
  expectNoStore(verified.headers(), "otp verify");
  expect(setCookies(verified)).toEqual([]);
  return ((await verified.json()) as { accessToken: string }).accessToken;
}

/** Session-like cookies hold secrets: HttpOnly; every cookie is SameSite Lax or Strict, Secure iff APP_URL is https. */
function expectSafeCookies(cookies: Cookie[], baseURL: string) {
  const secure = baseURL.startsWith("https:");
  for (const cookie of cookies) {
    expect(["Lax", "Strict"], `${cookie.name}: SameSite`).toContain(cookie.sameSite);
    if (/session|csrf|login|callback|token/i.test(cookie.name)) {
      expect(cookie.httpOnly, `${cookie.name}: HttpOnly`).toBe(true);
      expect(cookie.secure, `${cookie.name}: Secure follows APP_URL`).toBe(secure);
    }
  }
}

test.describe("response headers", () => {
  test("public pages, the 404 page, a redirect and Next's static assets carry the baseline", async ({ request }) => {
    const home = await request.get("/");
    expect(home.status()).toBe(200);
    expectBaseline(home.headers(), "home page");
    expect(setCookies(home), "an anonymous page sets no cookie").toEqual([]);

    const courses = await (await request.get("/api/v1/courses?limit=1")).json();
    for (const path of ["/courses", `/courses/${courses.items[0].id}`, "/login", "/privacy"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expectBaseline(res.headers(), path);
      // Rendered per request (CSP nonce, language): no shared cache may keep a copy.
      expect(res.headers()["cache-control"] ?? "", path).not.toMatch(/public|s-maxage/);
    }

    const missing = await request.get("/no-such-page-anywhere");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-type"]).toMatch(/^text\/html/);
    expectBaseline(missing.headers(), "404 page");

    const redirect = await request.get("/account", { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(redirect.status());
    expect(redirect.headers()["location"]).toMatch(/\/login\?next=(%2F|\/)account$/);
    expectBaseline(redirect.headers(), "redirect");

    const script = /\/_next\/static\/[^"'\s]+\.js/.exec(await home.text())?.[0];
    expect(script, "the home page loads a static script").toBeTruthy();
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expectBaseline(asset.headers(), "static asset");
    expect(asset.headers()["cache-control"]).toMatch(/public.*max-age=31536000.*immutable/);
    expect(asset.headers()["content-type"]).toMatch(/javascript/);
  });

  test("API answers: public catalog revalidates, personal reads are no-store, errors use the contract", async ({ request }) => {
    const catalog = await request.get("/api/v1/courses?limit=2");
    expect(catalog.status()).toBe(200);
    const headers = catalog.headers();
    expectBaseline(headers, "catalog JSON");
    // Intended caching of the anonymous catalog: validators only (ETag → 304), varied by language
    // and token, never stored by a shared cache, never a cookie.
    expect(headers["etag"]).toBeTruthy();
    expect(headers["vary"]?.toLowerCase()).toMatch(/accept-language/);
    expect(headers["vary"]?.toLowerCase()).toMatch(/authorization/);
    expect(headers["cache-control"] ?? "").not.toMatch(/public|s-maxage/);
    expect(setCookies(catalog)).toEqual([]);
    const revalidated = await request.get("/api/v1/courses?limit=2", { headers: { "if-none-match": headers["etag"]! } });
    expect(revalidated.status()).toBe(304);
    expectBaseline(revalidated.headers(), "304");

    const token = await apiSignIn(request);
    const auth = { authorization: `Bearer ${token}` };
    for (const path of ["/api/v1/me", "/api/v1/me/courses", "/api/v1/me/orders", "/api/v1/courses?limit=2"]) {
      const res = await request.get(path, { headers: auth });
      expect(res.status(), path).toBe(200);
      expectBaseline(res.headers(), path);
      expectNoStore(res.headers(), `${path} with a token`);
      expect(res.headers()["etag"], `${path}: no validator on a personal answer`).toBeUndefined();
    }

    const unauthorized = await request.get("/api/v1/me");
    const invalid = await request.get("/api/v1/courses?limit=zero");
    const unknown = await request.get("/api/v1/no-such-endpoint");
    for (const [res, status] of [[unauthorized, 401], [invalid, 422], [unknown, 404]] as const) {
      expect(res.status()).toBe(status);
      expect(res.headers()["content-type"]).toMatch(/^application\/json/);
      expect((await res.json()).error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      expectBaseline(res.headers(), `API ${status}`);
      expectNoStore(res.headers(), `API ${status}`);
    }

    const openapi = await request.get("/api/v1/openapi.json");
    expect(openapi.status()).toBe(200);
    expectBaseline(openapi.headers(), "openapi.json");
    expect(openapi.headers()["cache-control"]).toBe("public, max-age=300");
  });

  test("an uploaded photo is served as immutable public media that cannot be sniffed into a script", async ({ request }) => {
    const token = await apiSignIn(request);
    const put = await request.put("/api/v1/me/photo", {
      headers: { authorization: `Bearer ${token}`, "content-type": "image/png" },
      data: Buffer.from(ONE_PIXEL_PNG, "base64"),
    });
    expect(put.status()).toBe(200);
    expectNoStore(put.headers(), "photo upload");
    const { photoUrl } = (await put.json()) as { photoUrl: string };
    const media = await request.get(photoUrl);
    expect(media.status()).toBe(200);
    expect(media.headers()["content-type"]).toBe("image/webp");
    expectBaseline(media.headers(), "media");
    // The key is random and changes with every upload, so the URL may be cached forever.
    expect(media.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(setCookies(media)).toEqual([]);
    expectBaseline((await request.get("/media/users/none/photo-000000000000000000000000.webp")).headers(), "missing media");
  });

  test("webhook answers carry the baseline and are never cached", async ({ request }) => {
    const forged = await request.post("/api/webhooks/stripe", { data: "{}", headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=00" } });
    expect(forged.status()).toBe(400);
    expectBaseline(forged.headers(), "webhook 400");
    expectNoStore(forged.headers(), "webhook 400");
    const kbz = await request.post("/api/webhooks/kbzpay", { data: "success", headers: { "content-type": "text/plain" } });
    expect(kbz.status()).toBe(400);
    expectBaseline(kbz.headers(), "KBZPay webhook");
    expectNoStore(kbz.headers(), "KBZPay webhook");
    const unknownProvider = await request.post("/api/webhooks/paypal", { data: "{}" });
    expect(unknownProvider.status()).toBe(404);
    expectBaseline(unknownProvider.headers(), "unknown webhook");
  });

  test("/api never echoes a foreign Origin, with or without credentials, nor answers a CORS preflight", async ({ request }) => {
    const token = await apiSignIn(request);
    const origin = { origin: EVIL_ORIGIN };
    const answers: Array<[string, APIResponse]> = [
      ["public GET", await request.get("/api/v1/courses?limit=1", { headers: origin })],
      ["personal GET", await request.get("/api/v1/me", { headers: { ...origin, authorization: `Bearer ${token}` } })],
      ["POST", await request.post("/api/v1/auth/otp/request", { headers: origin, data: { phone: "not a phone" } })],
      ["openapi", await request.get("/api/v1/openapi.json", { headers: origin })],
      ["webhook", await request.post("/api/webhooks/zoom", { headers: origin, data: "{}" })],
      ["null origin", await request.get("/api/v1/me", { headers: { origin: "null", authorization: `Bearer ${token}` } })],
    ];
    for (const method of ["GET", "DELETE", "PATCH"]) {
      const preflight = await request.fetch("/api/v1/me", {
        method: "OPTIONS",
        headers: { ...origin, "access-control-request-method": method, "access-control-request-headers": "authorization, content-type" },
      });
      answers.push([`preflight ${method}`, preflight]);
      expect(preflight.headers()["access-control-allow-methods"], `preflight ${method}`).toBeUndefined();
      expect(preflight.headers()["access-control-allow-headers"], `preflight ${method}`).toBeUndefined();
    }
    for (const [what, res] of answers) expectNoCors(res.headers(), what);
  });

  test("a signed-in student's pages and the server action that sets the language: no-store, safe cookies", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/login");
    // The login step's state cookie (contact and challenge) is set by the server action on /login.
    const phone = freshPhone();
    await page.locator("input[name=contact]").fill(phone);
    await page.locator("main form button[type=submit]").click();
    await expect(page.locator("input[name=code]")).toBeVisible();
    const loginState = (await context.cookies()).find((c) => c.name === "mmso.login");
    expect(loginState, "the login state cookie").toBeTruthy();
    expect(loginState).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/login" });
    await page.locator("input[name=code]").fill(await readCodeFromOutbox(page.request, phone));
    await page.locator("input[name=ageConfirmed]").check();
    await page.locator("main form button[type=submit]").click();
    await expect(page).not.toHaveURL(/\/login(\?|$)/);

    const session = (await context.cookies()).find((c) => /session-token/.test(c.name));
    expect(session, "the session cookie").toBeTruthy();
    expect(session?.name).toBe(baseURL!.startsWith("https:") ? "__Host-mmso.session-token" : "mmso.session-token");

    for (const path of ["/account", "/learn", "/account/orders", "/account/notifications"]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
      expectBaseline(res.headers(), path);
      expectNoStore(res.headers(), path);
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }

    // The language switch is a server action: its answer (RSC payload) carries the baseline too
    // and sets the language cookie, which holds no secret (readable is fine) but is SameSite=Lax.
    await page.goto("/");
    const actionAnswer = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
    await page.getByRole("button", { name: "မြန်မာ" }).click();
    const action = await actionAnswer;
    const actionHeaders = await action.allHeaders();
    expectBaseline(actionHeaders, "server action");
    expectNoStore(actionHeaders, "server action");
    expect(actionHeaders["set-cookie"] ?? "").toMatch(/NEXT_LOCALE=my/);
    await expect(page.locator("html")).toHaveAttribute("lang", "my");
    const locale = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
    expect(locale).toMatchObject({ value: "my", sameSite: "Lax", path: "/" });

    expectSafeCookies(await context.cookies(), baseURL!);
    await context.close();
  });

  test("the center dashboard is no-store and framed by nobody", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-US" });
    const page = await context.newPage();
    await loginAs(page, dashboardOwner.phone);
    await expect(page).toHaveURL(new RegExp(`/center/${dashboardOwner.centerSlug}$`));
    for (const path of [`/center/${dashboardOwner.centerSlug}`, `/center/${dashboardOwner.centerSlug}/orders`, `/center/${dashboardOwner.centerSlug}/finance`]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
      expectBaseline(res.headers(), path);
      expectNoStore(res.headers(), path);
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    // Another center's dashboard: not found, still no-store and with the baseline.
    const foreign = await page.request.get("/center/yangon-code-academy", { maxRedirects: 0 });
    expect([404, 307]).toContain(foreign.status());
    expectBaseline(foreign.headers(), "foreign dashboard");
    expectSafeCookies(await context.cookies(), baseURL!);
    await context.close();
  });
});
