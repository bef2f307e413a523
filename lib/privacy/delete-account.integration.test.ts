import { describe, expect, it } from "vitest";
import { validateWebSession } from "@/lib/auth/web-session";
import { issueMobileSession } from "@/lib/auth/mobile-tokens";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { getStorage } from "@/lib/storage/storage";
import { callRoute } from "@/lib/testing/call-route";
import { createPersonWithEverything } from "@/lib/testing/deletion-factories";
import { createUser } from "@/lib/testing/factories";
import { addWebSession } from "@/lib/testing/settings-factories";
import { bearerFor, TEST_CLIENT } from "@/lib/testing/sign-in";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";
import { POST as refresh } from "@/app/api/v1/auth/refresh/route";
import { DELETE, GET } from "@/app/api/v1/me/route";
import { deleteAccount } from "./delete-account";
import { MEDIA_DELETE_HANDLERS, TOMBSTONE_PREFIX } from "./deletion/media-delete";

/** `body: null` sends none. */
const deleteMe = (authorization: string | null, body: string | null = JSON.stringify({ confirm: true })) =>
  callRoute(DELETE, "/api/v1/me", { method: "DELETE", headers: { ...(authorization ? { authorization } : {}), "content-type": "application/json" }, body: body ?? undefined });
const getMe = (authorization: string) => callRoute(GET, "/api/v1/me", { headers: { authorization } });

type Hit = { table: string; column: string; value: string };

/** Every text, varchar, char, json, jsonb and array column of every table in the public schema, searched for each value. */
async function findAnywhere(values: string[]): Promise<Hit[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`;
  expect(columns.length).toBeGreaterThan(100);
  const hits: Hit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await db.$queryRawUnsafe<{ value: string }[]>(
      `SELECT DISTINCT v AS value FROM "${table}", unnest($1::text[]) AS v WHERE strpos(lower("${column}"::text), lower(v)) > 0`,
      values,
    );
    hits.push(...rows.map(({ value }) => ({ table, column, value })));
  }
  return hits;
}

async function ledgerSum(centerId: string) {
  const { _sum, _count } = await db.ledgerEntry.aggregate({ where: { centerId }, _sum: { amount: true }, _count: true });
  return { sum: _sum.amount, count: _count };
}

describe("Delete My Account (DELETE /api/v1/me)", () => {
  it("policy S6: anonymizes key identifiers everywhere — no text column of any table holds the person's name, phone, email, Telegram username or photo path; orders and ledger stay", async () => {
    const person = await createPersonWithEverything();
    const { originals, user } = person;
    const values = [originals.name, originals.phone, originals.phone.replace(/^\+/, ""), originals.email, originals.telegramUsername, originals.photoKey, originals.instructorSlug];
    // The scan itself finds them all before deletion (it is not blind).
    const before = new Set((await findAnywhere(values)).map((hit) => hit.value));
    expect([...before].sort()).toEqual([...values].sort());
    const ledgerBefore = await ledgerSum(person.shop.center.id);
    expect(ledgerBefore.count).toBeGreaterThan(0);
    const orderBefore = await db.order.findUniqueOrThrow({ where: { id: person.order.id } });

    expect((await deleteMe(await bearerFor(user.id))).status).toBe(204);
    // The worker deletes the photo file's bytes (outbox kind media.delete).
    await drainOutbox({ handlers: MEDIA_DELETE_HANDLERS });

    expect(await findAnywhere(values)).toEqual([]);
    expect(await getStorage().get(originals.photoKey)).toBeNull();
    expect(await db.mediaFile.findFirst({ where: { ownerUserId: user.id } })).toMatchObject({ storageKey: expect.stringContaining(TOMBSTONE_PREFIX), deletedAt: expect.any(Date) });

    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      status: "DELETED", deletedAt: expect.any(Date), name: null, phone: null, email: null, image: null, role: "USER",
    });
    // Deactivated with every token and link: sessions, push tokens, Telegram, OAuth accounts, follows, chatbot.
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db.mobileSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db.refreshToken.count({ where: { session: { userId: user.id }, revokedAt: null } })).toBe(0);
    expect(await db.deviceToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.telegramLink.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.follow.count({ where: { OR: [{ userId: user.id }, { instructorId: person.profile.id }] } })).toBe(0);
    expect(await db.messengerConversation.count({ where: { id: person.conversation.id } })).toBe(0);
    expect(await db.usageEvent.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
    // Their removal from the course's Telegram group is queued for the worker.
    expect(await db.outboxMessage.count({ where: { kind: "telegram.remove_member", payload: { path: ["groupId"], equals: person.group.id } } })).toBe(1);

    // Orders and ledger entries stay, without identity, and sum the same.
    expect(await db.order.findUniqueOrThrow({ where: { id: person.order.id } })).toMatchObject({
      status: orderBefore.status, totalAmount: orderBefore.totalAmount, reference: orderBefore.reference, userId: user.id,
    });
    expect(await ledgerSum(person.shop.center.id)).toEqual(ledgerBefore);
    expect(await db.payment.count({ where: { orderId: person.order.id } })).toBe(1);
    expect(await db.enrollment.count({ where: { userId: user.id } })).toBe(1);
    // The support request stays countable, its text redacted; a deletion record without identity.
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: person.support.id } })).toMatchObject({ userId: null, subject: null, status: "CLOSED", orderId: person.order.id });
    expect(await db.privacyRequest.findMany({ where: { subjectUserId: user.id, kind: "DELETION" }, select: { status: true, note: true } })).toEqual([{ status: "COMPLETED", note: "USER_REQUEST" }]);
    // One activity entry records it, with no network or device data; their earlier entries lost theirs.
    const entries = await db.activityLog.findMany({ where: { actorUserId: user.id }, select: { action: true, ip: true, userAgent: true } });
    expect(entries).toEqual(expect.arrayContaining([{ action: "account.deleted", ip: null, userAgent: null }, { action: "profile.updated", ip: null, userAgent: null }]));
    // The fan who followed them is untouched.
    expect(await db.user.findUniqueOrThrow({ where: { id: person.fan.id } })).toMatchObject({ status: "ACTIVE", phone: person.fan.phone });
  });

  it("policy S6: every token dies at once — the old access token and refresh token answer 401, web sessions end", async () => {
    const user = await createUser();
    const pair = await db.$transaction((tx) => issueMobileSession(tx, { id: user.id }, TEST_CLIENT));
    const other = await bearerFor(user.id);
    const web = await addWebSession(user.id);
    const authorization = `Bearer ${pair.accessToken}`;
    expect((await getMe(authorization)).status).toBe(200);

    const res = await deleteMe(authorization);
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await getMe(authorization)).status).toBe(401);
    expect((await getMe(other)).status).toBe(401);
    expect((await deleteMe(authorization)).status).toBe(401);
    const refreshed = await callRoute(refresh, "/api/v1/auth/refresh", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refreshToken: pair.refreshToken }),
    });
    expect(refreshed.status).toBe(401);
    expect(await validateWebSession(web.id, user.id)).toBeNull();
    expect(await db.session.findUniqueOrThrow({ where: { id: web.id } })).toMatchObject({ revokedReason: "ACCOUNT_DELETED", ip: null });
  });

  it("policy S6: deleting A leaves B intact", async () => {
    const [a, b] = await Promise.all([createPersonWithEverything(), createPersonWithEverything()]);
    const asB = await bearerFor(b.user.id);
    expect((await deleteMe(await bearerFor(a.user.id))).status).toBe(204);

    const me = await getMe(asB);
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ id: b.user.id, name: b.originals.name, phone: b.originals.phone, email: b.originals.email });
    expect(await db.telegramLink.findUnique({ where: { userId: b.user.id } })).toMatchObject({ username: b.originals.telegramUsername });
    expect(await db.deviceToken.count({ where: { userId: b.user.id } })).toBe(1);
    expect(await db.messengerConversation.count({ where: { id: b.conversation.id, userId: b.user.id } })).toBe(1);
    expect(await db.instructorProfile.findUniqueOrThrow({ where: { id: b.profile.id } })).toMatchObject({ slug: b.originals.instructorSlug });
    expect(await db.otpChallenge.count({ where: { destination: b.originals.phone } })).toBe(1);
    expect(await db.mediaFile.findFirstOrThrow({ where: { ownerUserId: b.user.id } })).toMatchObject({ storageKey: b.originals.photoKey, deletedAt: null });
    expect(await validateWebSession(b.web.id, b.user.id)).not.toBeNull();
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: b.support.id } })).toMatchObject({ userId: b.user.id, body: expect.stringContaining(b.originals.email) });
  });

  it("refuses bad input with 4xx and changes nothing", async () => {
    const user = await createUser();
    const authorization = await bearerFor(user.id);
    expect((await deleteMe(null)).status).toBe(401);
    expect((await deleteMe("Bearer not-a-token")).status).toBe(401);
    for (const body of [null, "{}", JSON.stringify({ confirm: false }), JSON.stringify({ confirm: "true" })]) {
      const res = await deleteMe(authorization, body);
      expect(res.status).toBe(422);
      expect(res.json.error).toMatchObject({ code: "validation_failed", requestId: expect.any(String) });
    }
    expect((await deleteMe(authorization, "{not json")).status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("ACTIVE");
    expect((await getMe(authorization)).status).toBe(200);
  });

  it("refuses the last owner of a center (409, naming it), and is idempotent", async () => {
    const staff = await createCenterWithStaff();
    const res = await deleteMe(await bearerFor(staff.owner.user.id));
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: "conflict", details: { reason: "last_owner", centerSlug: staff.center.slug } });
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.owner.user.id } })).toMatchObject({ status: "ACTIVE", phone: staff.owner.user.phone });

    // An operator's deletion (e.g. a child report) of an already deactivated account works, and twice is fine.
    const user = await createUser({ status: "DEACTIVATED" });
    expect(await deleteAccount({ userId: user.id, reason: "CHILD_REPORT", actorUserId: staff.owner.user.id })).toEqual({ deleted: true });
    expect(await deleteAccount({ userId: user.id, reason: "CHILD_REPORT", actorUserId: staff.owner.user.id })).toEqual({ deleted: false });
    expect(await db.privacyRequest.count({ where: { subjectUserId: user.id, kind: "DELETION", handledById: staff.owner.user.id } })).toBe(1);
    await expect(deleteAccount({ userId: "00000000-0000-7000-8000-000000000000", reason: "OPERATOR" })).rejects.toMatchObject({ code: "not_found" });
  });
});
