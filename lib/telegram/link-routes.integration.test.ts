import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE, POST } from "@/app/api/v1/me/telegram/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { createCourseWithContent } from "@/lib/testing/learning-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { approveMember, botCalls, connectGroup, fakeTelegramId } from "@/lib/testing/telegram-group-factories";
import { signedWidgetData } from "@/lib/testing/telegram-factories";
import { TELEGRAM_GROUP_HANDLERS } from "./groups/outbox-handlers";

const json = (body: unknown, auth: string) => ({ method: "POST", headers: { authorization: auth, "content-type": "application/json" }, body: JSON.stringify(body) });

async function person() {
  const user = await createUser();
  return { user, auth: await bearerFor(user.id) };
}

describe("POST/DELETE /api/v1/me/telegram", () => {
  it("links the caller, shows the link on GET /me, and refuses a Telegram account linked to someone else", async () => {
    const [a, b] = await Promise.all([person(), person()]);
    const telegramId = fakeTelegramId();
    const linked = await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData({ id: telegramId, first_name: "အောင်", username: "aung_a" }), a.auth));
    expect(linked.status).toBe(200);
    expect(linked.json).toEqual({ username: "aung_a", firstName: "အောင်", linkedAt: expect.any(String) });
    // The JSON callback of the widget sends numbers for id and auth_date: accepted too.
    const numeric = { ...signedWidgetData({ id: telegramId, first_name: "အောင်", username: "aung_a" }) } as Record<string, unknown>;
    numeric.id = Number(numeric.id);
    numeric.auth_date = Number(numeric.auth_date);
    expect((await callRoute(POST, "/api/v1/me/telegram", json(numeric, a.auth))).status).toBe(200);

    const me = await callRoute(getMe, "/api/v1/me", { headers: { authorization: a.auth } });
    expect(me.json.telegram).toEqual({ username: "aung_a", firstName: "အောင်", linkedAt: linked.json.linkedAt });
    expect(JSON.stringify(me.json)).not.toContain(String(telegramId));

    const stolen = await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData({ id: telegramId, first_name: "Mallory" }), b.auth));
    expect(stolen.status).toBe(409);
    expect(stolen.json.error.code).toBe("conflict");
    expect(await db.telegramLink.findUnique({ where: { userId: b.user.id } })).toBeNull();
    expect(await db.telegramLink.findUnique({ where: { userId: a.user.id }, select: { telegramId: true, firstName: true } })).toEqual({ telegramId: BigInt(telegramId), firstName: "အောင်" });
    const meB = await callRoute(getMe, "/api/v1/me", { headers: { authorization: b.auth } });
    expect(meB.json.telegram).toBeNull();
  });

  it("answers bad input with 4xx in the contract's shape and changes nothing", async () => {
    const { user, auth } = await person();
    const good = signedWidgetData({ id: fakeTelegramId(), first_name: "Kyaw" });
    const cases: Array<[unknown, number, string]> = [
      [{ ...good, first_name: "Mallory" }, 400, "bad_request"],
      [signedWidgetData({ id: fakeTelegramId(), auth_date: Math.floor(Date.now() / 1000) - 2 * 86400 }), 400, "bad_request"],
      [signedWidgetData({ id: fakeTelegramId() }, "999:another-bot"), 400, "bad_request"],
      [{ ...good, hash: undefined }, 422, "validation_failed"],
      [{ ...good, extra: "1" }, 422, "validation_failed"],
      [{ ...good, id: "-5" }, 422, "validation_failed"],
    ];
    for (const [body, status, code] of cases) {
      const response = await callRoute(POST, "/api/v1/me/telegram", json(body, auth));
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.json.error).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
    }
    const stale = await callRoute(POST, "/api/v1/me/telegram", json(cases[1]![0], auth));
    expect(stale.json.error.details).toEqual({ reason: "telegram_stale" });
    const broken = await callRoute(POST, "/api/v1/me/telegram", { method: "POST", headers: { authorization: auth, "content-type": "application/json" }, body: "{" });
    expect(broken.status).toBe(400);
    expect((await callRoute(POST, "/api/v1/me/telegram", { method: "POST", body: JSON.stringify(good) })).status).toBe(401);
    expect((await callRoute(DELETE, "/api/v1/me/telegram", { method: "DELETE" })).status).toBe(401);
    expect(await db.telegramLink.count({ where: { userId: user.id } })).toBe(0);
  });

  it("unlinking deletes only the caller's Telegram data (two tenants) and is idempotent", async () => {
    const [a, b] = await Promise.all([person(), person()]);
    await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData({ id: fakeTelegramId() }), a.auth));
    await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData({ id: fakeTelegramId() }), b.auth));
    expect((await callRoute(DELETE, "/api/v1/me/telegram", { method: "DELETE", headers: { authorization: a.auth } })).status).toBe(204);
    expect((await callRoute(DELETE, "/api/v1/me/telegram", { method: "DELETE", headers: { authorization: a.auth } })).status).toBe(204);
    expect(await db.telegramLink.count({ where: { userId: a.user.id } })).toBe(0);
    expect(await db.telegramLink.count({ where: { userId: b.user.id } })).toBe(1);
  });

  it("linking another Telegram account replaces the old link and queues the old account's group removals", async () => {
    const { user, auth } = await person();
    const { course } = await createCourseWithContent();
    const group = await connectGroup(course);
    const [oldId, newId] = [fakeTelegramId(), fakeTelegramId()];
    await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData({ id: oldId }), auth));
    const link = await db.telegramLink.findUniqueOrThrow({ where: { userId: user.id } });
    await approveMember(group.id, link.id);
    expect((await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData({ id: newId }), auth))).status).toBe(200);
    expect((await db.telegramLink.findUniqueOrThrow({ where: { userId: user.id } })).telegramId).toBe(BigInt(newId));
    expect(await db.telegramGroupMember.count({ where: { groupId: group.id } })).toBe(0);
    const queued = await db.outboxMessage.findMany({ where: { kind: "telegram.remove_member" }, select: { payload: true } });
    expect(queued.map((row) => row.payload)).toContainEqual({ chatId: String(group.chatId), telegramId: String(oldId), groupId: group.id });
  });
});

describe("unlink (policy S1.3)", () => {
  it("removes the person from their course groups and leaves no Telegram data anywhere but the pending removals", async () => {
    const { user, auth } = await person();
    const tag = randomBytes(4).toString("hex");
    const telegramId = 7_000_000_000 + Number.parseInt(tag, 16);
    const profile = { id: telegramId, first_name: `Zaw${tag}`, last_name: `Min${tag}`, username: `zaw_${tag}`, photo_url: `https://t.me/i/userpic/320/${tag}.jpg` };
    await callRoute(POST, "/api/v1/me/telegram", json(signedWidgetData(profile), auth));
    const link = await db.telegramLink.findUniqueOrThrow({ where: { userId: user.id } });
    const [{ course: courseA }, { course: courseB }] = await Promise.all([createCourseWithContent(), createCourseWithContent()]);
    const [groupA, groupB] = await Promise.all([connectGroup(courseA), connectGroup(courseB)]);
    await approveMember(groupA.id, link.id);
    await db.telegramGroupMember.create({ data: { groupId: groupB.id, telegramLinkId: link.id, status: "DECLINED" } });

    expect((await callRoute(DELETE, "/api/v1/me/telegram", { method: "DELETE", headers: { authorization: auth } })).status).toBe(204);

    const queued = await db.outboxMessage.findMany({ where: { kind: "telegram.remove_member", status: "PENDING", payload: { path: ["telegramId"], equals: String(telegramId) } }, select: { payload: true } });
    expect(queued.map((row) => row.payload)).toEqual([{ chatId: String(groupA.chatId), telegramId: String(telegramId), groupId: groupA.id }]);
    // Every row of every table, as text: the names, username and photo are nowhere; the id only in the pending removal.
    const tables = await db.$queryRaw<Array<{ tablename: string }>>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
    for (const needle of [profile.first_name, profile.last_name, profile.username, tag, String(telegramId)]) {
      const holders: string[] = [];
      for (const { tablename } of tables) {
        const [row] = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "${tablename}" t WHERE t::text LIKE $1`, `%${needle}%`);
        if (row && row.n > 0n) holders.push(tablename);
      }
      expect(holders, needle).toEqual(needle === String(telegramId) ? ["outbox_messages"] : []);
    }

    // The worker takes them out of the group they were in: ban, then lift the ban (integrations.md).
    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });
    expect(botCalls({ chatId: groupA.chatId, userId: telegramId }).map((call) => call.method)).toEqual(["banChatMember", "unbanChatMember"]);
    expect(botCalls({ chatId: groupB.chatId })).toEqual([]);
  });
});
