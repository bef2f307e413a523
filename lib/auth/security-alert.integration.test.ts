import { describe, expect, it } from "vitest";
import { POST as requestRoute } from "@/app/api/v1/auth/otp/request/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/otp/verify/route";
import { POST as refreshRoute } from "@/app/api/v1/auth/refresh/route";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { drainOutbox } from "@/lib/outbox/drain";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { SECURITY_ALERT_KIND, securityAlertPayload, type SecurityAlertPayload } from "./security-alert";

// Issue 7: a sign-in to an existing account and a detected refresh-token reuse each write exactly one
// `account.security_alert` outbox row, in the transaction of the event (helper B's handler delivers it).

let phoneCounter = 0;
const newPhone = () => `+95978${String(Date.now() % 1e5).padStart(5, "0")}${String(phoneCounter++).padStart(2, "0")}`;
const post = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", "user-agent": "MMSO/1.4.2 okhttp/4.12.0" } });

async function login(phone: string, extra: Record<string, unknown> = {}) {
  // Signing in again at once would meet the resend cooldown: the earlier codes are made a minute older.
  await db.otpChallenge.updateMany({ where: { destination: phone }, data: { createdAt: new Date(Date.now() - 120_000) } });
  const requested = await callRoute(requestRoute, "/api/v1/auth/otp/request", post({ phone }));
  expect(requested.status).toBe(202);
  const [message] = await listDevMessages({ to: phone, limit: 1 });
  const code = /\b(\d{6})\b/.exec(message?.body ?? "")?.[1];
  const res = await callRoute(verifyRoute, "/api/v1/auth/otp/verify", post({ phone, code, challengeId: requested.json.challengeId, ...extra }));
  expect(res.status).toBe(200);
  return res.json as { accessToken: string; refreshToken: string; user: { id: string } };
}
const refresh = (refreshToken: string) => callRoute(refreshRoute, "/api/v1/auth/refresh", post({ refreshToken }));
const alertsOf = (userId: string) =>
  db.outboxMessage.findMany({ where: { kind: SECURITY_ALERT_KIND, payload: { path: ["userId"], equals: userId } }, orderBy: { createdAt: "asc" } });

describe("security alerts (issue 7)", () => {
  it("a new account's first sign-in sends none; a later sign-in to it sends one, keyed by the new session", async () => {
    const phone = newPhone();
    const first = await login(phone, { ageConfirmed: true });
    expect(await alertsOf(first.user.id)).toEqual([]);

    const before = new Date();
    const second = await login(phone, { device: { platform: "android", model: "Pixel 8", appVersion: "1.4.2" } });
    const [alert, ...rest] = await alertsOf(second.user.id);
    expect(rest).toEqual([]);
    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: second.user.id }, orderBy: { createdAt: "desc" } });
    expect(alert?.idempotencyKey).toBe(`security:new_sign_in:${session.id}`);
    const payload = securityAlertPayload.parse(alert?.payload);
    expect(payload).toEqual({ userId: second.user.id, event: "new_sign_in", platform: "ANDROID", at: expect.any(String) });
    expect(Date.parse(payload.at)).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // Ids, an enum and a time: no phone, device model or token in the row.
    expect(JSON.stringify(alert?.payload)).not.toContain(phone);
    expect(JSON.stringify(alert?.payload)).not.toContain("Pixel");

    const third = await login(phone);
    expect(await alertsOf(third.user.id)).toHaveLength(2);
  });

  it("an existing account's sign-in without a device report still alerts, without a platform", async () => {
    const user = await createUser({ phone: newPhone() });
    await login(user.phone as string);
    const [alert] = await alertsOf(user.id);
    expect(securityAlertPayload.parse(alert?.payload)).toEqual({ userId: user.id, event: "new_sign_in", at: expect.any(String) });
  });

  it("sends nothing for a session opened without an OTP sign-in, nor for a normal refresh", async () => {
    const user = await createUser({ phone: newPhone() });
    await bearerFor(user.id);
    const tokens = await login(user.phone as string);
    expect((await refresh(tokens.refreshToken)).status).toBe(200);
    expect((await alertsOf(user.id)).map((row) => (row.payload as SecurityAlertPayload).event)).toEqual(["new_sign_in"]);
  });

  it("reuse of a rotated refresh token sends exactly one alert per revoked family, however often it is replayed", async () => {
    const user = await createUser({ phone: newPhone() });
    const tokens = await login(user.phone as string);
    const rotated = await refresh(tokens.refreshToken);
    expect(rotated.status).toBe(200);
    for (const replay of [tokens.refreshToken, tokens.refreshToken, rotated.json.refreshToken as string]) expect((await refresh(replay)).status).toBe(401);

    const reuse = (await alertsOf(user.id)).filter((row) => (row.payload as SecurityAlertPayload).event === "refresh_token_reuse");
    const session = await db.mobileSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.revokedReason).toBe("REFRESH_TOKEN_REUSE");
    expect(reuse.map((row) => row.idempotencyKey)).toEqual([`security:refresh_token_reuse:${session.id}`]);
    expect(securityAlertPayload.parse(reuse[0]?.payload)).toMatchObject({ userId: user.id, event: "refresh_token_reuse" });
  });

  it("two concurrent refreshes with one token (the loser looks like a thief): one alert", async () => {
    const user = await createUser({ phone: newPhone() });
    const tokens = await login(user.phone as string);
    const results = await Promise.all([refresh(tokens.refreshToken), refresh(tokens.refreshToken), refresh(tokens.refreshToken)]);
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
    const reuse = (await alertsOf(user.id)).filter((row) => (row.payload as SecurityAlertPayload).event === "refresh_token_reuse");
    expect(reuse).toHaveLength(1);
  });

  it("the rows reach a handler through the outbox worker, once each", async () => {
    const user = await createUser({ phone: newPhone() });
    const tokens = await login(user.phone as string);
    await refresh(tokens.refreshToken);
    await refresh(tokens.refreshToken);
    const seen: SecurityAlertPayload[] = [];
    const handlers = { [SECURITY_ALERT_KIND]: async (job: { payload: unknown }) => void seen.push(securityAlertPayload.parse(job.payload)) };
    await drainOutbox({ handlers });
    expect(seen.filter((p) => p.userId === user.id).map((p) => p.event).sort()).toEqual(["new_sign_in", "refresh_token_reuse"]);
    await drainOutbox({ handlers });
    expect(seen.filter((p) => p.userId === user.id)).toHaveLength(2);
  });
});
