import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-header";
import { createUser } from "@/lib/testing/factories";
import { resolveBearer } from "./resolve-bearer";
import { issueMobileSession } from "./mobile-tokens";
import { requestOtp } from "./otp/request-otp";
import { readClientInfo } from "@/lib/http/read-client-info";
import { signInWebWithOtp } from "./sign-in-web";
import { signOutEverywhere } from "./sign-out-everywhere";
import { webJwtCallback, webSignOutEvent } from "./web-callbacks";
import { validateWebSession } from "./web-session";

process.env.TRUSTED_PROXY_CIDRS = "10.0.0.0/8";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const browserRequest = () =>
  new Request("http://localhost:3000/api/auth/callback/otp", {
    method: "POST",
    headers: { "user-agent": CHROME, [PEER_ADDRESS_HEADER]: "10.9.9.9", "cf-connecting-ip": "203.0.113.77", "cf-ipcountry": "MM" },
  });

let n = 0;
const newEmail = () => `web-${Date.now()}-${n++}@example.com`;

async function codeFor(email: string) {
  const { challengeId } = await requestOtp({ contact: { kind: "email", value: email }, ip: "203.0.113.77", locale: "en" });
  const [message] = await listDevMessages({ to: email });
  return { challengeId, code: /\b(\d{6})\b/.exec(message?.body ?? "")?.[1] as string };
}

async function webLogin(email: string) {
  const { code, challengeId } = await codeFor(email);
  const user = await signInWebWithOtp({ email, code, challengeId, ageConfirmed: "true", csrfToken: "x" }, browserRequest());
  const token = await webJwtCallback({ token: { email }, user });
  return { user, token };
}

describe("web sign-in (Auth.js Credentials provider 'otp')", () => {
  it("asks a new person for age confirmation first, then creates the account and a Session row", async () => {
    const email = newEmail();
    const { code, challengeId } = await codeFor(email);
    await expect(signInWebWithOtp({ email, code, challengeId }, browserRequest())).rejects.toMatchObject({ code: "age_confirmation_required" });

    const user = await signInWebWithOtp({ email: email.toUpperCase(), code, challengeId, ageConfirmed: "true" }, browserRequest());
    const session = await db.session.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(session).toMatchObject({ userId: user.id, ip: "203.0.113.77", country: "MM", deviceType: "desktop", os: "Windows 10", browser: "Chrome 126" });
    expect(session.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe(email);
    expect(row.emailVerified).not.toBeNull();
  });

  it("keeps only ids in the JWT and re-validates the Session row on every read", async () => {
    const { user, token } = await webLogin(newEmail());
    expect(token).toEqual({ sub: user.id, sid: user.sessionId, role: "USER" });
    expect(await webJwtCallback({ token: token ?? {} })).toEqual(token);
    expect(await validateWebSession(user.sessionId, user.id)).toEqual({
      userId: user.id,
      platformRole: "USER",
      sessionId: user.sessionId,
      sessionKind: "web",
    });
    expect(await validateWebSession(user.sessionId, "0195d3c4-0000-7000-8000-000000000001")).toBeNull();
    expect(await validateWebSession("not-a-uuid", user.id)).toBeNull();
  });

  it("signs out: the signOut event revokes the row and a copied cookie yields no session", async () => {
    const { user, token } = await webLogin(newEmail());
    await webSignOutEvent({ token });
    expect((await db.session.findUniqueOrThrow({ where: { id: user.sessionId } })).revokedReason).toBe("LOGOUT");
    expect(await webJwtCallback({ token: token ?? {} })).toBeNull();
  });

  it("yields no session for a deactivated user or an expired row", async () => {
    const a = await webLogin(newEmail());
    await db.user.update({ where: { id: a.user.id }, data: { status: "DEACTIVATED" } });
    expect(await webJwtCallback({ token: a.token ?? {} })).toBeNull();

    const b = await webLogin(newEmail());
    await db.session.update({ where: { id: b.user.sessionId }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await webJwtCallback({ token: b.token ?? {} })).toBeNull();
  });

  it("refuses a wrong code with invalid_code and creates nothing", async () => {
    const email = newEmail();
    const { code, challengeId } = await codeFor(email);
    await expect(signInWebWithOtp({ email, code: "12345x", challengeId }, browserRequest())).rejects.toMatchObject({ code: "validation_failed" });
    const wrong = code === "999999" ? "888888" : "999999";
    await expect(signInWebWithOtp({ email, code: wrong, challengeId, ageConfirmed: "true" }, browserRequest())).rejects.toMatchObject({ code: "invalid_code" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("signOutEverywhere", () => {
  it("revokes every web and mobile session of the user, and only theirs", async () => {
    const { user, token } = await webLogin(newEmail());
    const mobile = await db.$transaction((tx) => issueMobileSession(tx, { id: user.id }, readClientInfo(new Headers())));
    const other = await createUser();
    const otherMobile = await db.$transaction((tx) => issueMobileSession(tx, { id: other.id }, readClientInfo(new Headers())));
    expect(await resolveBearer(mobile.accessToken)).not.toBeNull();

    await signOutEverywhere(user.id, "ACCOUNT_DEACTIVATED");
    expect(await webJwtCallback({ token: token ?? {} })).toBeNull();
    expect(await resolveBearer(mobile.accessToken)).toBeNull();
    expect(await db.refreshToken.count({ where: { sessionId: mobile.sessionId, revokedAt: null } })).toBe(0);
    expect((await db.mobileSession.findUniqueOrThrow({ where: { id: mobile.sessionId } })).revokedReason).toBe("ACCOUNT_DEACTIVATED");
    expect(await resolveBearer(otherMobile.accessToken)).not.toBeNull();
  });
});
