import { describe, expect, it } from "vitest";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/me/notification-preferences/route";
import { db } from "@/lib/db";
import { effectiveChannels } from "@/lib/notifications/effective-channels";
import { callRoute } from "@/lib/testing/call-route";
import { createUser, unique } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";

const URL = "/api/v1/me/notification-preferences";
type Pref = { kind: string; channel: string; enabled: boolean; default: boolean; locked: boolean; available: boolean; unavailableReason: string | null };

const get = (authorization?: string) => callRoute(getRoute, URL, { headers: authorization ? { authorization } : {} });
const put = (body: unknown, authorization?: string) =>
  callRoute(putRoute, URL, {
    method: "PUT",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
  });
const find = (prefs: Pref[], kind: string, channel: string) => prefs.find((p) => p.kind === kind && p.channel === channel);
const rowsOf = (userId: string) =>
  db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true, enabled: true }, orderBy: [{ kind: "asc" }, { channel: "asc" }] });

async function reachable(userId: string) {
  await db.user.update({ where: { id: userId }, data: { email: `${unique("prefs")}@example.com` } });
  await db.deviceToken.create({ data: { userId, token: unique("fcm"), platform: "ANDROID" } });
  await db.telegramLink.create({ data: { userId, telegramId: BigInt(Math.floor(Math.random() * 1e12)), authDate: new Date() } });
}

describe("GET /api/v1/me/notification-preferences (policy S2)", () => {
  it("requires a token", async () => {
    expect((await get()).status).toBe(401);
    expect((await put({ preferences: [{ kind: "QUIZ_RESULT", channel: "PUSH", enabled: true }] })).status).toBe(401);
  });

  it("answers every kind × in-app, push, Telegram, email (no SMS) with defaults, locks and reach", async () => {
    const user = await createUser();
    const auth = await bearerFor(user.id);
    const res = await get(auth);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const prefs = res.json.preferences as Pref[];
    expect(prefs).toHaveLength(11 * 4);
    expect(new Set(prefs.map((p) => p.channel))).toEqual(new Set(["IN_APP", "PUSH", "TELEGRAM", "EMAIL"]));
    expect(prefs.filter((p) => p.locked).map((p) => `${p.kind}:${p.channel}`).sort()).toEqual(["ACCOUNT_SECURITY:EMAIL", "ACCOUNT_SECURITY:IN_APP", "ACCOUNT_SECURITY:PUSH"]);
    // A phone-only person without the app or Telegram: the switches are there, the channels idle.
    expect(find(prefs, "COURSE_ANNOUNCEMENT", "PUSH")).toEqual({ kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: true, default: true, locked: false, available: false, unavailableReason: "no_device" });
    expect(find(prefs, "COURSE_ANNOUNCEMENT", "TELEGRAM")).toMatchObject({ enabled: false, default: false, available: false, unavailableReason: "no_telegram_link" });
    expect(find(prefs, "ORDER_RECEIPT", "EMAIL")).toMatchObject({ enabled: true, default: true, available: false, unavailableReason: "no_email" });
    expect(find(prefs, "QUIZ_RESULT", "IN_APP")).toMatchObject({ enabled: true, available: true, unavailableReason: null });

    await reachable(user.id);
    const after = (await get(auth)).json.preferences as Pref[];
    expect(after.every((p) => p.available && p.unavailableReason === null)).toBe(true);
    // Linking Telegram turns on the kinds whose Telegram default is "while linked".
    expect(find(after, "COURSE_ANNOUNCEMENT", "TELEGRAM")).toMatchObject({ enabled: true, default: true });
    expect(find(after, "ORDER_RECEIPT", "TELEGRAM")).toMatchObject({ enabled: false, default: false });
  });
});

describe("PUT /api/v1/me/notification-preferences", () => {
  it("changes only the listed switches, keeps a choice equal to the default, and the senders follow", async () => {
    const user = await createUser();
    await reachable(user.id);
    const auth = await bearerFor(user.id);
    const res = await put(
      {
        preferences: [
          { kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: false },
          { kind: "QUIZ_RESULT", channel: "EMAIL", enabled: true },
          { kind: "LIVE_CLASS_REMINDER", channel: "TELEGRAM", enabled: false },
        ],
      },
      auth,
    );
    expect(res.status).toBe(200);
    const prefs = res.json.preferences as Pref[];
    expect(prefs).toHaveLength(44);
    expect(find(prefs, "COURSE_ANNOUNCEMENT", "PUSH")).toMatchObject({ enabled: false, default: true });
    expect(find(prefs, "QUIZ_RESULT", "EMAIL")).toMatchObject({ enabled: true, default: false });
    expect(find(prefs, "LIVE_CLASS_REMINDER", "TELEGRAM")).toMatchObject({ enabled: false, default: true });
    expect(find(prefs, "COURSE_ANNOUNCEMENT", "IN_APP")).toMatchObject({ enabled: true });
    expect((await get(auth)).json).toEqual(res.json);
    expect(await effectiveChannels(user.id, "COURSE_ANNOUNCEMENT")).toEqual(["IN_APP", "TELEGRAM"]);
    expect(await effectiveChannels(user.id, "QUIZ_RESULT")).toEqual(["IN_APP", "EMAIL"]);

    // Back to the default value: the row stays as the person's explicit choice (ADR 0028).
    expect((await put({ preferences: [{ kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: true }] }, auth)).status).toBe(200);
    expect(await rowsOf(user.id)).toEqual([
      { kind: "COURSE_ANNOUNCEMENT", channel: "PUSH", enabled: true },
      { kind: "LIVE_CLASS_REMINDER", channel: "TELEGRAM", enabled: false },
      { kind: "QUIZ_RESULT", channel: "EMAIL", enabled: true },
    ]);
  });

  it("two people: each reads and changes only their own switches", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.id), bearerFor(bob.id)]);
    const before = (await get(asBob)).json;
    expect((await put({ preferences: [{ kind: "NEW_COURSE_FROM_FOLLOWED", channel: "IN_APP", enabled: false }] }, asAlice)).status).toBe(200);
    expect(find((await get(asAlice)).json.preferences, "NEW_COURSE_FROM_FOLLOWED", "IN_APP")?.enabled).toBe(false);
    expect((await get(asBob)).json).toEqual(before);
    expect(await rowsOf(bob.id)).toEqual([]);
    // The body names no user: there is nothing to point at someone else with, and extra keys are dropped.
    expect((await put({ userId: alice.id, preferences: [{ kind: "POLICY_UPDATE", channel: "EMAIL", enabled: false }] }, asBob)).status).toBe(200);
    expect(await rowsOf(alice.id)).toEqual([{ kind: "NEW_COURSE_FROM_FOLLOWED", channel: "IN_APP", enabled: false }]);
    expect(await rowsOf(bob.id)).toEqual([{ kind: "POLICY_UPDATE", channel: "EMAIL", enabled: false }]);
  });

  it("refuses to turn a security alert off (422 naming the field) and changes nothing else in that request", async () => {
    const user = await createUser();
    const auth = await bearerFor(user.id);
    const res = await put(
      {
        preferences: [
          { kind: "QUIZ_RESULT", channel: "PUSH", enabled: true },
          { kind: "ACCOUNT_SECURITY", channel: "EMAIL", enabled: false },
        ],
      },
      auth,
    );
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ code: "validation_failed", requestId: expect.any(String), message: expect.any(String) });
    expect(res.json.error.details).toEqual([expect.objectContaining({ path: "body.preferences.1.enabled" })]);
    expect(await rowsOf(user.id)).toEqual([]);
    for (const channel of ["IN_APP", "PUSH"]) {
      expect((await put({ preferences: [{ kind: "ACCOUNT_SECURITY", channel, enabled: false }] }, auth)).status).toBe(422);
    }
    // Turning a locked switch on is a no-op; Telegram for security alerts stays the person's choice.
    expect((await put({ preferences: [{ kind: "ACCOUNT_SECURITY", channel: "PUSH", enabled: true }, { kind: "ACCOUNT_SECURITY", channel: "TELEGRAM", enabled: true }] }, auth)).status).toBe(200);
    expect(await rowsOf(user.id)).toEqual([{ kind: "ACCOUNT_SECURITY", channel: "TELEGRAM", enabled: true }]);
  });

  it("answers bad input with 4xx in the contract's shape and changes nothing", async () => {
    const user = await createUser();
    const auth = await bearerFor(user.id);
    const ok = { kind: "QUIZ_RESULT", channel: "PUSH", enabled: true };
    const bad: Array<[unknown, number, string]> = [
      [{ preferences: [ok, { kind: "QUIZ_RESULT", channel: "SMS", enabled: true }] }, 422, "body.preferences.1.channel"],
      [{ preferences: [ok, { kind: "BIRTHDAY", channel: "PUSH", enabled: true }] }, 422, "body.preferences.1.kind"],
      [{ preferences: [{ ...ok, enabled: "yes" }] }, 422, "body.preferences.0.enabled"],
      [{ preferences: [ok, { ...ok, enabled: false }] }, 422, "body.preferences.1"],
      [{ preferences: [] }, 422, "body.preferences"],
      [{ preferences: Array.from({ length: 45 }, () => ok) }, 422, "body.preferences"],
      [{}, 422, "body.preferences"],
      ["{not json", 400, ""],
    ];
    for (const [body, status, path] of bad) {
      const res = await put(body, auth);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(res.json.error.code).toBe(status === 400 ? "invalid_json" : "validation_failed");
      if (path) expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it("is rate limited per person (429 with Retry-After)", async () => {
    const user = await createUser();
    const auth = await bearerFor(user.id);
    const body = { preferences: [{ kind: "QUIZ_RESULT", channel: "PUSH", enabled: true }] };
    for (let i = 0; i < 60; i++) expect((await put(body, auth)).status).toBe(200);
    const limited = await put(body, auth);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Reading is not limited by the write budget.
    expect((await get(auth)).status).toBe(200);
  });
});

describe("effective channels honour the lock", () => {
  it("delivers security alerts in-app, by push and by email even with a stored 'off' row", async () => {
    const user = await createUser();
    await reachable(user.id);
    // Rows like these can predate the lock (or be written by hand): they must not silence an alert.
    await db.notificationPreference.createMany({
      data: (["IN_APP", "PUSH", "EMAIL", "TELEGRAM"] as const).map((channel) => ({ userId: user.id, kind: "ACCOUNT_SECURITY" as const, channel, enabled: false })),
    });
    expect(await effectiveChannels(user.id, "ACCOUNT_SECURITY")).toEqual(["IN_APP", "PUSH", "EMAIL"]);
    const prefs = (await get(await bearerFor(user.id))).json.preferences as Pref[];
    expect(find(prefs, "ACCOUNT_SECURITY", "EMAIL")).toMatchObject({ enabled: true, locked: true });
    expect(find(prefs, "ACCOUNT_SECURITY", "TELEGRAM")).toMatchObject({ enabled: false, locked: false });
  });
});
