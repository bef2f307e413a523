import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { refundOrder } from "@/lib/commerce/refunds/refund-order";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createUser, unique } from "@/lib/testing/factories";
import { createCourseWithContent, enroll } from "@/lib/testing/learning-factories";
import { addStaff } from "@/lib/testing/staff-factories";
import { approveMember, botCalls, connectGroup, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { handleChatJoinRequest } from "./join-request";
import { TELEGRAM_GROUP_HANDLERS } from "./outbox-handlers";

/** A paid order of a buyer who linked Telegram, for a course connected to a group. */
async function paidOrderInGroup(options: { locale?: "EN" | "MY"; linked?: boolean; connected?: boolean } = {}) {
  const shop = await createShop({ priceAmount: 40_000 });
  await db.user.update({ where: { id: shop.buyer.id }, data: { locale: options.locale ?? "MY" } });
  const link = options.linked === false ? null : await linkTelegram(shop.buyer.id);
  const group = options.connected === false ? null : await connectGroup(shop.course);
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
  const paid = paymentMessage({ reference: order.reference, total: order.total }, { transactionId: unique("txn") });
  expect((await applyVerifiedMessage(paid)).status).toBe("applied");
  return { shop, order, link, group };
}

const outboxRow = (idempotencyKey: string) => db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey } });
const drain = () => drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });

describe("course group outbox handlers", () => {
  it("a payment DMs the buyer the group's join link in their language", async () => {
    const { order, link, group } = await paidOrderInGroup({ locale: "EN" });
    await drain();
    expect((await outboxRow(`order:${order.id}:telegram`)).status).toBe("DELIVERED");
    const [dm, ...more] = botCalls({ chatId: link!.telegramId }).filter((c) => c.method === "sendMessage");
    expect(more).toEqual([]);
    expect(dm?.text).toContain(group!.inviteLink!);
    expect(dm?.text).toContain("You are enrolled");

    const burmese = await paidOrderInGroup({ locale: "MY" });
    await drain();
    const text = botCalls({ chatId: burmese.link!.telegramId }).find((c) => c.method === "sendMessage")?.text ?? "";
    expect(text).toContain(burmese.group!.inviteLink!);
    expect(text).toMatch(/[\u1000-\u109F]/);
  });

  it("sends nothing (and is done) without a Telegram link or a group", async () => {
    const unlinked = await paidOrderInGroup({ linked: false });
    const unconnected = await paidOrderInGroup({ connected: false });
    await drain();
    for (const { order } of [unlinked, unconnected]) expect((await outboxRow(`order:${order.id}:telegram`)).status).toBe("DELIVERED");
    expect(botCalls({ chatId: unconnected.link!.telegramId })).toEqual([]);
  });

  it("a refund queues the removal: ban then unban, the member row REMOVED, and a second run does nothing", async () => {
    const { shop, order, link, group } = await paidOrderInGroup();
    const chatId = Number(group!.chatId);
    expect(await handleChatJoinRequest({ chat: { id: chatId }, from: { id: Number(link!.telegramId) }, date: 1 })).toBe("approved");
    await drain();
    const owner = await addStaff(shop.center.id, "OWNER");
    await refundOrder(await getCenterAccess(owner.actor, shop.center.id), { orderId: order.id, reason: "Changed my mind", manualReference: "KBZ-REF-9" });
    const key = `order:${order.id}:telegram-revoke`;
    expect(await outboxRow(key)).toMatchObject({ kind: "telegram.revoke_course_access", status: "PENDING", payload: { orderId: order.id, courseId: shop.course.id } });

    await drain();
    expect((await outboxRow(key)).status).toBe("DELIVERED");
    const calls = botCalls({ chatId, userId: link!.telegramId }).map((c) => c.method);
    expect(calls).toEqual(["approveChatJoinRequest", "banChatMember", "unbanChatMember"]);
    const member = await db.telegramGroupMember.findFirstOrThrow({ where: { groupId: group!.id, telegramLinkId: link!.id } });
    expect(member).toMatchObject({ status: "REMOVED" });
    expect(member.removedAt).toBeInstanceOf(Date);

    // The same row delivered again (a crash before it was marked) finds nothing left to do.
    await db.outboxMessage.update({ where: { idempotencyKey: key }, data: { status: "PENDING", nextAttemptAt: new Date(0) } });
    await drain();
    expect(botCalls({ chatId, userId: link!.telegramId })).toHaveLength(3);
  });

  it("keeps a member who still holds access to the course", async () => {
    const { shop, order, link, group } = await paidOrderInGroup();
    const member = await approveMember(group!.id, link!.id);
    await db.$transaction((tx) => enqueueOutbox(tx, { kind: "telegram.revoke_course_access", payload: { orderId: order.id, courseId: shop.course.id }, idempotencyKey: unique("revoke") }));
    await drain();
    expect(botCalls({ chatId: group!.chatId, userId: link!.telegramId })).toEqual([]);
    expect((await db.telegramGroupMember.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("APPROVED");
  });

  it("removes an unlinked person (remove_member), unless that Telegram id is linked again with access", async () => {
    const { course } = await createCourseWithContent();
    const group = await connectGroup(course);
    const gone = 5_550_000_001 + Math.floor(Math.random() * 1e6);
    const back = await createUser();
    await enroll(back.id, course);
    const backLink = await linkTelegram(back.id);
    await db.$transaction(async (tx) => {
      for (const telegramId of [gone, Number(backLink.telegramId)]) {
        await enqueueOutbox(tx, { kind: "telegram.remove_member", payload: { chatId: String(group.chatId), telegramId: String(telegramId), groupId: group.id }, idempotencyKey: unique("unlink") });
      }
      await enqueueOutbox(tx, { kind: "telegram.remove_member", payload: { chatId: "x", telegramId: "1" }, idempotencyKey: unique("bad") });
    });
    const counts = await drain();
    expect(counts).toMatchObject({ delivered: 2, dead: 1 });
    expect(botCalls({ chatId: group.chatId, userId: gone }).map((c) => c.method)).toEqual(["banChatMember", "unbanChatMember"]);
    expect(botCalls({ chatId: group.chatId, userId: backLink.telegramId })).toEqual([]);
  });
});
