import { Auth, type AuthConfig } from "@auth/core";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { authConfig } from "./auth-config";
import { requestOtp } from "./otp/request-otp";

// Drives the real Auth.js request handling (what /api/auth/[...nextauth] serves) with our config.
const config = () => ({ ...authConfig(), basePath: "/api/auth" }) as AuthConfig;
const BASE = "http://localhost:3000/api/auth";

type Jar = Map<string, string>;
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function store(jar: Jar, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const i = pair.indexOf("=");
    const name = pair.slice(0, i);
    const value = pair.slice(i + 1);
    if (value === "" || /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}

async function call(jar: Jar, path: string, init: RequestInit = {}) {
  const res = await Auth(new Request(`${BASE}${path}`, { ...init, headers: { ...(init.headers ?? {}), cookie: cookieHeader(jar) } }), config());
  store(jar, res);
  return res;
}

async function postCallback(jar: Jar, fields: Record<string, string>) {
  const csrf = (await (await call(jar, "/csrf")).json()) as { csrfToken: string };
  return call(jar, "/callback/otp", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, callbackUrl: "http://localhost:3000/" }),
  });
}

let n = 0;
async function codeFor() {
  const email = `authjs-${Date.now()}-${n++}@example.com`;
  const { challengeId } = await requestOtp({ contact: { kind: "email", value: email }, ip: null, locale: "en" });
  const [message] = await listDevMessages({ to: email });
  return { email, challengeId, code: /\b(\d{6})\b/.exec(message?.body ?? "")?.[1] as string };
}

describe("web sign-in through Auth.js", () => {
  it("sets an HttpOnly SameSite=Lax session cookie, serves the session, and ends it server-side on sign-out", async () => {
    const jar: Jar = new Map();
    const { email, challengeId, code } = await codeFor();
    const refused = await postCallback(jar, { email, code, challengeId });
    expect(refused.headers.get("location")).toContain("/login?error=CredentialsSignin&code=age_confirmation_required");
    expect(jar.has("mmso.session-token")).toBe(false);

    const res = await postCallback(jar, { email, code, challengeId, ageConfirmed: "true" });
    expect(res.status).toBe(302);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("mmso.session-token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//i);
    expect(cookie).not.toMatch(/Secure/i); // APP_URL is http://localhost in tests (see auth-config.ts)

    const session = (await (await call(jar, "/session")).json()) as { user: { id: string }; sessionId: string };
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(session.user.id).toBe(user.id);
    expect(session.sessionId).toBeTruthy();

    const copied: Jar = new Map(jar);
    const csrf = (await (await call(jar, "/csrf")).json()) as { csrfToken: string };
    await call(jar, "/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken }),
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedReason).toBe("LOGOUT");
    // A copy of the cookie taken before sign-out is worthless.
    expect(await (await call(copied, "/session")).json()).toBeNull();
  });

  it("shows invalid_code for a wrong code", async () => {
    const { email, challengeId, code } = await codeFor();
    const res = await postCallback(new Map(), { email, code: code === "123456" ? "654321" : "123456", challengeId, ageConfirmed: "true" });
    expect(res.headers.get("location")).toContain("code=invalid_code");
  });
});
