import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/i18n/format-money";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { drainOutbox } from "@/lib/outbox/drain";
import { PermanentFailure } from "@/lib/outbox/types";
import { createShop } from "@/lib/testing/commerce-factories";
import { createUser } from "@/lib/testing/factories";
import { createPaidOrder, createRefundRow, inboxOf, jobOf, recordingSenders } from "@/lib/testing/notify-factories";
import { createDeliverHandler } from "../delivery/deliver-notification";
import { DELIVER_KIND } from "../notify-users";
import { NOTIFICATION_EVENT_HANDLERS } from "./handlers";
import { notifyOrderReceipt, notifyOrderRefund } from "./order-events";
import { notifyRefundRejected, notifyRefundRequested } from "./refund-events";

/** Two centers, each with a course and a buyer who paid; the buyer's language as asked. */
async function twoShops(locale: "EN" | "MY") {
  const [a, b] = await Promise.all([createShop({ priceAmount: 45_000 }), createShop({ priceAmount: 30_000 })]);
  await db.user.update({ where: { id: a.buyer.id }, data: { locale } });
  const [orderA, orderB] = await Promise.all([createPaidOrder(a.course, a.buyer.id), createPaidOrder(b.course, b.buyer.id)]);
  return { a, b, orderA, orderB };
}

// By key (`<event>:<channel>:<userId>`): a delivered row keeps no payload.
const deliverRowsOf = (userId: string) => db.outboxMessage.count({ where: { kind: DELIVER_KIND, idempotencyKey: { endsWith: `:${userId}` } } });

describe("order and refund notifications", () => {
  it("order.receipt: the buyer gets the receipt in English (end to end through drainOutbox); the other center's buyer nothing; a re-run nothing new", async () => {
    const { a, b, orderA } = await twoShops("EN");
    await db.deviceToken.create({ data: { userId: a.buyer.id, token: `fcm-${a.buyer.id}`, platform: "IOS" } });
    await db.$transaction((tx) => enqueueOutbox(tx, { kind: "order.receipt", payload: { orderId: orderA.id }, idempotencyKey: `order:${orderA.id}:receipt` }));

    await drainOutbox({ handlers: NOTIFICATION_EVENT_HANDLERS });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `order:${orderA.id}:receipt` } })).toMatchObject({ status: "DELIVERED" });
    const amount = formatMoney({ amount: 45_000, currency: "MMK" }, "en");
    expect(await inboxOf(a.buyer.id)).toEqual([
      {
        kind: "ORDER_RECEIPT",
        title: "Payment received",
        body: `You are now enrolled in “${a.course.titleEn}”. You paid ${amount}; your reference is ${orderA.reference}.`,
        data: { orderId: orderA.id, courseId: a.course.id, eventKey: `order.receipt:${orderA.id}` },
      },
    ]);
    expect(await deliverRowsOf(a.buyer.id)).toBe(1);
    expect(await inboxOf(b.buyer.id)).toEqual([]);

    // The next round delivers the push the receipt queued.
    const push = recordingSenders();
    await drainOutbox({ handlers: { ...NOTIFICATION_EVENT_HANDLERS, [DELIVER_KIND]: createDeliverHandler(push.senders) } });
    expect(push.sent.map((m) => [m.channel, m.userId, m.title])).toEqual([["PUSH", a.buyer.id, "Payment received"]]);

    await notifyOrderReceipt(jobOf("order.receipt", { orderId: orderA.id }));
    expect(await inboxOf(a.buyer.id)).toHaveLength(1);
    expect(await deliverRowsOf(a.buyer.id)).toBe(1);
    // In-app SENT, Telegram and email SKIPPED (not linked, no address), push SENT by the worker.
    expect(await db.notificationDelivery.count({ where: { userId: a.buyer.id } })).toBe(4);
  });

  it("order.receipt in Burmese; a malformed payload is a permanent failure", async () => {
    const { a, orderA } = await twoShops("MY");
    await notifyOrderReceipt(jobOf("order.receipt", { orderId: orderA.id }));
    const [receipt] = await inboxOf(a.buyer.id);
    expect(receipt).toMatchObject({ title: "ငွေပေးချေမှု လက်ခံရရှိပါပြီ" });
    expect(receipt?.body).toBe(`“${a.course.titleMy}” သင်တန်းသို့ စာရင်းသွင်းပြီးပါပြီ။ ပေးချေငွေ ၄၅,၀၀၀ ကျပ်၊ ရည်ညွှန်းနံပါတ် ${orderA.reference}။`);
    await expect(notifyOrderReceipt(jobOf("order.receipt", { orderId: "nope" }))).rejects.toBeInstanceOf(PermanentFailure);
  });

  it("order.refund: the buyer is told the amount given back, in each language, once", async () => {
    const { a, b, orderA, orderB } = await twoShops("EN");
    const refund = await createRefundRow(orderA, { status: "SUCCEEDED", amount: 20_000 });
    await createRefundRow(orderB, { status: "SUCCEEDED" });
    const job = jobOf("order.refund", { orderId: orderA.id, refundId: refund.id });
    await notifyOrderRefund(job);
    await notifyOrderRefund(job);
    expect(await inboxOf(a.buyer.id)).toEqual([
      {
        kind: "REFUND_UPDATE",
        title: "Refund sent",
        body: `${formatMoney({ amount: 20_000, currency: "MMK" }, "en")} has been refunded for “${a.course.titleEn}” (reference ${orderA.reference}).`,
        data: { orderId: orderA.id, refundId: refund.id, courseId: a.course.id, eventKey: `order.refund:${refund.id}` },
      },
    ]);
    expect(await inboxOf(b.buyer.id)).toEqual([]);
    // A refund of another order named with this order's id changes nothing (ids are checked together).
    const foreign = await createRefundRow(orderB, { status: "SUCCEEDED" });
    await notifyOrderRefund(jobOf("order.refund", { orderId: orderA.id, refundId: foreign.id }));
    expect(await inboxOf(a.buyer.id)).toHaveLength(1);

    await db.user.update({ where: { id: a.buyer.id }, data: { locale: "MY" } });
    const second = await createRefundRow(orderA, { status: "SUCCEEDED", amount: 5_000 });
    await notifyOrderRefund(jobOf("order.refund", { orderId: orderA.id, refundId: second.id }));
    expect((await inboxOf(a.buyer.id))[1]).toMatchObject({ title: "ငွေပြန်အမ်းပြီးပါပြီ", body: `“${a.course.titleMy}” အတွက် ၅,၀၀၀ ကျပ် ကို ပြန်အမ်းပြီးပါပြီ (ရည်ညွှန်းနံပါတ် ${orderA.reference})။` });
  });

  it("refund.requested: the student hears it arrived (entitled or under review); staff and others get nothing", async () => {
    const { a, b, orderA } = await twoShops("EN");
    const refund = await createRefundRow(orderA, { status: "REQUESTED" });
    const payload = { refundId: refund.id, orderId: orderA.id, centerId: a.center.id };
    await notifyRefundRequested(jobOf("refund.requested", { ...payload, entitled: true }));
    await notifyRefundRequested(jobOf("refund.requested", { ...payload, entitled: true }));
    const amount = formatMoney({ amount: 45_000, currency: "MMK" }, "en");
    expect(await inboxOf(a.buyer.id)).toMatchObject([
      {
        kind: "REFUND_UPDATE",
        title: "Refund request received",
        body: `We received your request to refund ${amount} for “${a.course.titleEn}”. It is within the course’s refund terms, so the money will be sent back to you.`,
      },
    ]);
    expect(await inboxOf(b.buyer.id)).toEqual([]);

    const student = await createUser({ locale: "MY" });
    const order = await createPaidOrder(a.course, student.id);
    const request = await createRefundRow(order, { status: "REQUESTED" });
    await notifyRefundRequested(jobOf("refund.requested", { refundId: request.id, orderId: order.id, centerId: a.center.id, entitled: false }));
    expect(await inboxOf(student.id)).toMatchObject([
      { title: "ငွေပြန်အမ်းရန် တောင်းဆိုချက် လက်ခံရရှိပါပြီ", body: `“${a.course.titleMy}” အတွက် ၄၅,၀၀၀ ကျပ် ပြန်အမ်းရန် တောင်းဆိုချက်ကို လက်ခံရရှိပါပြီ။ စင်တာက စိစစ်ပြီး အကြောင်းပြန်ပါမည်။` },
    ]);
  });

  it("refund.rejected: the student reads the center's reason, in their language", async () => {
    const { a, b, orderA, orderB } = await twoShops("EN");
    const refund = await createRefundRow(orderA, { status: "REJECTED", failureReason: "The course was completed." });
    await notifyRefundRejected(jobOf("refund.rejected", { refundId: refund.id, orderId: orderA.id }));
    await notifyRefundRejected(jobOf("refund.rejected", { refundId: refund.id, orderId: orderA.id }));
    expect(await inboxOf(a.buyer.id)).toMatchObject([
      { kind: "REFUND_UPDATE", title: "Refund request declined", body: `The center declined your refund request for “${a.course.titleEn}”. Reason: The course was completed.` },
    ]);

    await db.user.update({ where: { id: b.buyer.id }, data: { locale: "MY" } });
    const noReason = await createRefundRow(orderB, { status: "REJECTED" });
    await notifyRefundRejected(jobOf("refund.rejected", { refundId: noReason.id, orderId: orderB.id }));
    expect(await inboxOf(b.buyer.id)).toMatchObject([
      { title: "ငွေပြန်အမ်းရန် တောင်းဆိုချက်ကို ငြင်းပယ်လိုက်ပါသည်", body: `“${b.course.titleMy}” အတွက် ငွေပြန်အမ်းရန် တောင်းဆိုချက်ကို စင်တာက ငြင်းပယ်လိုက်ပါသည်။` },
    ]);
    expect(await inboxOf(a.buyer.id)).toHaveLength(1);
  });
});
