import { z } from "zod";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { defineEndpoint } from "@/lib/http/endpoint";
import { handle } from "@/lib/http/handle";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-header";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { POST as logoutRoute } from "@/app/api/v1/auth/logout/route";
import { POST as requestRoute } from "@/app/api/v1/auth/otp/request/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/otp/verify/route";
import { POST as refreshRoute } from "@/app/api/v1/auth/refresh/route";

// lib/env caches the environment on first use: the trusted proxy must be set before anything reads it.
process.env.TRUSTED_PROXY_CIDRS = "10.0.0.0/8";

const whoAmI = handle(
  defineEndpoint({
    method: "get",
    path: "/api/v1/test/whoami",
    operationId: "whoAmI",
    summary: "test",
    tags: ["Test"],
    access: "user",
    response: z.object({ userId: z.string(), sessionKind: z.string() }),
  }),
  async ({ actor }) => ({ userId: actor.userId, sessionKind: actor.sessionKind }),
);

let phoneCounter = 0;
const newPhone = () => `+95979${String(Date.now() % 1e5).padStart(5, "0")}${String(phoneCounter++).padStart(2, "0")}`;

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "content-type": "application/json", "user-agent": "MMSO/1.4.2 okhttp/4.12.0", ...headers },
});

async function requestCode(phone: string, headers: Record<string, string> = {}) {
  const res = await callRoute(requestRoute, "/api/v1/auth/otp/request", post({ phone }, headers));
  expect(res.status).toBe(202);
  const [message] = await listDevMessages({ to: phone });
  const code = /\b(\d{6})\b/.exec(message?.body ?? "")?.[1];
  expect(code).toBeDefined();
  return { challengeId: res.json.challengeId as string, code: code as string };
}

async function login(phone: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const { code, challengeId } = await requestCode(phone, headers);
  const res = await callRoute(verifyRoute, "/api/v1/auth/otp/verify", post({ phone, code, challengeId, ageConfirmed: true, ...extra }, headers));
  expect(res.status).toBe(200);
  return res.json as { accessToken: string; refreshToken: string; expiresIn: number; user: { id: string } };
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const refresh = (refreshToken: string) => callRoute(refreshRoute, "/api/v1/auth/refresh", post({ refreshToken }));

describe("mobile sign-in with a one-time code", () => {
  it("answers an unknown and a known contact identically", async () => {
    const known = await createUser({ phone: newPhone() });
    const a = await callRoute(requestRoute, "/", post({ phone: known.phone }));
    const b = await callRoute(requestRoute, "/", post({ phone: newPhone() }));
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(Object.keys(a.json).sort()).toEqual(Object.keys(b.json).sort());
    expect(a.json.expiresInSeconds).toBe(b.json.expiresInSeconds);
    expect((await callRoute(requestRoute, "/", post({ phone: "12", email: "a@b.co" }))).status).toBe(422);
  });

  it("creates an account only with age confirmation, and the same code works for the retry", async () => {
    const phone = newPhone();
    const { code, challengeId } = await requestCode(phone);
    const refused = await callRoute(verifyRoute, "/", post({ phone, code, challengeId }));
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe("age_confirmation_required");
    expect(await db.user.count({ where: { phone } })).toBe(0);

    const device = { platform: "android", model: "Pixel 8", appVersion: "1.4.2" };
    const res = await callRoute(verifyRoute, "/", post({ phone, code, challengeId, ageConfirmed: true, device }));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toMatchObject({ expiresIn: 900, user: { phone, ageConfirmed: true, role: "USER", photoUrl: null } });
    expect(res.json.accessToken.split(".")).toHaveLength(3);
    expect(res.json.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const user = await db.user.findUniqueOrThrow({ where: { phone } });
    expect(user.ageConfirmedAt).not.toBeNull();
    expect(user.phoneVerifiedAt).not.toBeNull();
    expect(user.lastLoginAt).not.toBeNull();
    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(session).toMatchObject({ platform: "ANDROID", deviceModel: "Pixel 8", appVersion: "1.4.2", deviceType: "mobile" });
    expect(session.lastSeenAt).not.toBeNull();
    const stored = await db.refreshToken.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(stored.tokenHash).not.toBe(res.json.refreshToken);
    expect(await db.activityLog.count({ where: { actorUserId: user.id, action: "auth.login" } })).toBe(1);

    const again = await callRoute(verifyRoute, "/", post({ phone, code, challengeId, ageConfirmed: true }));
    expect(again.status).toBe(400);
    expect(again.json.error.code).toBe("invalid_code");
  });

  it("signs an existing account in without creating another, and refuses a wrong code", async () => {
    const existing = await createUser({ phone: newPhone() });
    const phone = existing.phone as string;
    const { code, challengeId } = await requestCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    const bad = await callRoute(verifyRoute, "/", post({ phone, code: wrong, challengeId }));
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalid_code");
    const failure = await db.activityLog.findFirstOrThrow({ where: { action: "auth.otp_failed" }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(failure.metadata)).not.toContain(wrong);

    const res = await callRoute(verifyRoute, "/", post({ phone, code, challengeId }));
    expect(res.status).toBe(200);
    expect(res.json.user.id).toBe(existing.id);
    expect(await db.user.count({ where: { phone } })).toBe(1);
  });

  it("answers an inactive account exactly like a wrong code", async () => {
    const user = await createUser({ phone: newPhone(), status: "DEACTIVATED" });
    const { code, challengeId } = await requestCode(user.phone as string);
    const res = await callRoute(verifyRoute, "/", post({ phone: user.phone, code, challengeId }));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("invalid_code");
    expect(await db.mobileSession.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("access and refresh tokens", () => {
  it("authenticates API calls with the access token, with no-store", async () => {
    const tokens = await login(newPhone());
    const res = await callRoute(whoAmI, "/api/v1/test/whoami", bearer(tokens.accessToken));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ userId: tokens.user.id, sessionKind: "mobile" });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await callRoute(whoAmI, "/")).status).toBe(401);
    expect((await callRoute(whoAmI, "/", bearer(`${tokens.accessToken}x`))).status).toBe(401);
  });

  it("rotates the refresh token on every refresh", async () => {
    const first = await login(newPhone());
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.headers.get("cache-control")).toBe("no-store");
    expect(second.json.refreshToken).not.toBe(first.refreshToken);
    expect((await callRoute(whoAmI, "/", bearer(second.json.accessToken))).status).toBe(200);
    const third = await refresh(second.json.refreshToken);
    expect(third.status).toBe(200);
    const rows = await db.refreshToken.findMany({ where: { session: { userId: first.user.id } }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows[0]?.rotatedAt).not.toBeNull();
    expect(rows[0]?.replacedById).toBe(rows[1]?.id);
    expect(rows[1]?.replacedById).toBe(rows[2]?.id);
    expect(rows[2]?.rotatedAt).toBeNull();
  });

  it("revokes the whole family when an old refresh token is presented again", async () => {
    const first = await login(newPhone());
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);

    const reused = await refresh(first.refreshToken);
    expect(reused.status).toBe(401);
    expect(reused.json.error.code).toBe("invalid_refresh_token");
    expect((await refresh(second.json.refreshToken)).status).toBe(401);
    expect((await callRoute(whoAmI, "/", bearer(second.json.accessToken))).status).toBe(401);
    expect((await callRoute(whoAmI, "/", bearer(first.accessToken))).status).toBe(401);

    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: first.user.id } });
    expect(session.revokedReason).toBe("REFRESH_TOKEN_REUSE");
    expect(await db.refreshToken.count({ where: { sessionId: session.id, revokedAt: null } })).toBe(0);
    expect(await db.activityLog.count({ where: { actorUserId: first.user.id, action: "auth.refresh_token_reuse" } })).toBe(1);
  });

  it("lets only one of two concurrent refreshes with the same token through", async () => {
    const first = await login(newPhone());
    const results = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    // The loser is indistinguishable from a thief: the family is revoked, the winner's pair too.
    const winner = results.find((r) => r.status === 200);
    expect((await refresh(winner?.json.refreshToken)).status).toBe(401);
  });

  it("ends the session at once on logout", async () => {
    const tokens = await login(newPhone());
    const out = await callRoute(logoutRoute, "/api/v1/auth/logout", { method: "POST", ...bearer(tokens.accessToken) });
    expect(out.status).toBe(204);
    expect(out.headers.get("cache-control")).toBe("no-store");
    expect((await callRoute(whoAmI, "/", bearer(tokens.accessToken))).status).toBe(401);
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: tokens.user.id } });
    expect(session.revokedReason).toBe("LOGOUT");
    expect((await callRoute(logoutRoute, "/", { method: "POST" })).status).toBe(401);
  });

  it("refuses a deactivated user's still-valid access token on the next call", async () => {
    const tokens = await login(newPhone());
    expect((await callRoute(whoAmI, "/", bearer(tokens.accessToken))).status).toBe(200);
    await db.user.update({ where: { id: tokens.user.id }, data: { status: "DEACTIVATED" } });
    expect((await callRoute(whoAmI, "/", bearer(tokens.accessToken))).status).toBe(401);
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
  });
});

describe("what a session records about the client (S1.2, C1)", () => {
  const proxied = { [PEER_ADDRESS_HEADER]: "10.20.30.40", "cf-connecting-ip": "203.0.113.50", "cf-ipcountry": "MM" };

  it("takes address and country from a trusted proxy", async () => {
    const tokens = await login(newPhone(), {}, proxied);
    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: tokens.user.id } });
    expect(session).toMatchObject({ ip: "203.0.113.50", country: "MM" });
  });

  it("ignores forwarding headers sent by anyone else", async () => {
    const forged = { ...proxied, [PEER_ADDRESS_HEADER]: "198.51.100.23" };
    const tokens = await login(newPhone(), {}, forged);
    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: tokens.user.id } });
    expect(session).toMatchObject({ ip: "198.51.100.23", country: null });
  });
});
