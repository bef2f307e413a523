import { describe, expect, it } from "vitest";
import { POST as logoutRoute } from "@/app/api/v1/auth/logout/route";
import { POST as registerRoute } from "@/app/api/v1/me/devices/route";
import { DELETE as deleteRoute } from "@/app/api/v1/me/devices/[token]/route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser, unique } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { MAX_DEVICES_PER_USER } from "./register-device";

const fcmToken = () => `${unique("dGVzdA")}:APA91b${unique("x").replace("-", "_")}`;

async function register(bearer: string, body: unknown) {
  return callRoute(registerRoute, "/api/v1/me/devices", {
    method: "POST",
    headers: { authorization: bearer, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function unregister(bearer: string, token: string) {
  return callRoute(deleteRoute, `/api/v1/me/devices/${encodeURIComponent(token)}`, { method: "DELETE", headers: { authorization: bearer }, params: { token } });
}

describe("POST /api/v1/me/devices", () => {
  it("registers the caller's token bound to their mobile session, and refreshes it idempotently", async () => {
    const user = await createUser();
    const bearer = await bearerFor(user.id);
    const token = fcmToken();

    const first = await register(bearer, { token, platform: "android", appVersion: "1.4.0" });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ token, platform: "android", appVersion: "1.4.0", lastSeenAt: expect.any(String) });
    expect(first.headers.get("cache-control")).toBe("no-store");

    const again = await register(bearer, { token, platform: "ANDROID", appVersion: "1.5.0" });
    expect(again.status).toBe(200);
    const rows = await db.deviceToken.findMany({ where: { token } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: user.id, platform: "ANDROID", appVersion: "1.5.0" });
    expect(rows[0]!.sessionId).toEqual((await db.mobileSession.findFirstOrThrow({ where: { userId: user.id } })).id);
  });

  it("moves a token to the caller when another account used it on this install, echoing nothing of theirs", async () => {
    const [alice, bob] = [await createUser(), await createUser()];
    const token = fcmToken();
    await register(await bearerFor(alice.id), { token, platform: "ios", appVersion: "9.9.9-alice" });

    const res = await register(await bearerFor(bob.id), { token, platform: "ios" });

    expect(res.status).toBe(200);
    expect(res.json).toEqual({ token, platform: "ios", appVersion: null, lastSeenAt: expect.any(String) });
    expect(JSON.stringify(res.json)).not.toContain(alice.id);
    const row = await db.deviceToken.findUniqueOrThrow({ where: { token } });
    expect(row.userId).toBe(bob.id);
  });

  it("refuses bad input with 4xx and stores nothing", async () => {
    const user = await createUser();
    const bearer = await bearerFor(user.id);
    for (const body of [
      { token: "has spaces in it", platform: "android" },
      { token: "short", platform: "android" },
      { token: "x".repeat(513), platform: "android" },
      { token: "<script>alert(1)</script>", platform: "web" },
      { token: fcmToken(), platform: "windows" },
      { token: fcmToken() },
      { platform: "ios" },
      { token: fcmToken(), platform: "ios", appVersion: "v".repeat(33) },
    ]) {
      const res = await register(bearer, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.code).toBe("validation_failed");
    }
    const notJson = await callRoute(registerRoute, "/api/v1/me/devices", { method: "POST", headers: { authorization: bearer, "content-type": "application/json" }, body: "{" });
    expect(notJson.status).toBe(400);
    expect((await callRoute(registerRoute, "/api/v1/me/devices", { method: "POST", body: JSON.stringify({ token: fcmToken(), platform: "ios" }) })).status).toBe(401);
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps the newest devices of a person when they register more than the cap", async () => {
    const user = await createUser();
    const bearer = await bearerFor(user.id);
    const old = await db.deviceToken.create({ data: { userId: user.id, token: fcmToken(), platform: "ANDROID", lastSeenAt: new Date("2020-01-01") } });
    await db.deviceToken.createMany({
      data: Array.from({ length: MAX_DEVICES_PER_USER - 1 }, () => ({ userId: user.id, token: fcmToken(), platform: "ANDROID" as const })),
    });
    expect((await register(bearer, { token: fcmToken(), platform: "android" })).status).toBe(200);
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(MAX_DEVICES_PER_USER);
    expect(await db.deviceToken.count({ where: { id: old.id } })).toBe(0);
  });

  it("rate-limits registrations per person", async () => {
    const bearer = await bearerFor((await createUser()).id);
    const token = fcmToken();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await register(bearer, { token, platform: "android" })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe("DELETE /api/v1/me/devices/{token}", () => {
  it("deletes the caller's own token; another person's token answers not_found and stays", async () => {
    const [alice, bob] = [await createUser(), await createUser()];
    const [aliceBearer, bobBearer] = [await bearerFor(alice.id), await bearerFor(bob.id)];
    const aliceToken = fcmToken();
    await register(aliceBearer, { token: aliceToken, platform: "android" });

    const stolen = await unregister(bobBearer, aliceToken);
    expect(stolen.status).toBe(404);
    expect(stolen.json.error.code).toBe("not_found");
    expect(await db.deviceToken.count({ where: { token: aliceToken } })).toBe(1);

    const unknown = await unregister(aliceBearer, fcmToken());
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe(stolen.json.error.code);

    // The path as a client may send it, with the token's ":" percent-encoded.
    const own = await callRoute(deleteRoute, "/", { method: "DELETE", headers: { authorization: aliceBearer }, params: { token: encodeURIComponent(aliceToken) } });
    expect(own.status).toBe(204);
    expect(await db.deviceToken.count({ where: { token: aliceToken } })).toBe(0);
  });

  it("refuses a malformed token and an anonymous caller", async () => {
    const bearer = await bearerFor((await createUser()).id);
    expect((await unregister(bearer, "bad token!")).status).toBe(422);
    expect((await callRoute(deleteRoute, "/api/v1/me/devices/abcdefghij", { method: "DELETE", params: { token: "abcdefghij" } })).status).toBe(401);
  });
});

describe("logout (policy S1.2, S6)", () => {
  it("deletes the push tokens of the session that logged out, and only those", async () => {
    const user = await createUser();
    const [phone, tablet] = [await bearerFor(user.id), await bearerFor(user.id)];
    const [phoneToken, tabletToken] = [fcmToken(), fcmToken()];
    await register(phone, { token: phoneToken, platform: "android" });
    await register(tablet, { token: tabletToken, platform: "ios" });

    const out = await callRoute(logoutRoute, "/api/v1/auth/logout", { method: "POST", headers: { authorization: phone } });

    expect(out.status).toBe(204);
    expect(await db.deviceToken.count({ where: { token: phoneToken } })).toBe(0);
    expect(await db.deviceToken.count({ where: { token: tabletToken } })).toBe(1);
  });
});
