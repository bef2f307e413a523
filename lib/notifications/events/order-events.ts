import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/i18n/format-money";
import { localized } from "@/lib/i18n/localized";
import type { OutboxHandler } from "@/lib/outbox/types";
import { notifyUsers } from "../notify-users";
import { notifyTranslator, parsePayload } from "./event-helpers";

const orderSelect = {
  id: true,
  userId: true,
  centerId: true,
  courseId: true,
  reference: true,
  totalAmount: true,
  currency: true,
  course: { select: { titleEn: true, titleMy: true } },
} as const;

/** `order.receipt` {orderId}: the buyer's receipt (course, amount paid, reference). */
export const notifyOrderReceipt: OutboxHandler = async (job) => {
  const { orderId } = parsePayload(z.object({ orderId: z.uuid() }), job);
  const order = await db.order.findUnique({ where: { id: orderId }, select: orderSelect });
  // An order without a buyer (the account was deleted) has nobody to tell.
  if (!order?.userId) return;
  const recipient = order.userId;
  await db.$transaction((tx) =>
    notifyUsers(tx, {
      kind: "ORDER_RECEIPT",
      recipients: [recipient],
      render: (locale) => {
        const t = notifyTranslator(locale);
        const values = { course: localized(order.course.titleEn, order.course.titleMy, locale), amount: formatMoney({ amount: order.totalAmount, currency: order.currency }, locale), reference: order.reference };
        return { title: t("orderReceipt.title"), body: t("orderReceipt.body", values) };
      },
      data: { orderId: order.id, courseId: order.courseId },
      keyPrefix: `order.receipt:${order.id}`,
      centerId: order.centerId,
    }),
  );
};

/** `order.refund` {orderId, refundId}: money was given back on the buyer's order. */
export const notifyOrderRefund: OutboxHandler = async (job) => {
  const { orderId, refundId } = parsePayload(z.object({ orderId: z.uuid(), refundId: z.uuid() }), job);
  const [order, refund] = await Promise.all([
    db.order.findUnique({ where: { id: orderId }, select: orderSelect }),
    db.refund.findFirst({ where: { id: refundId, orderId }, select: { amount: true, currency: true } }),
  ]);
  if (!order?.userId || !refund) return;
  const recipient = order.userId;
  await db.$transaction((tx) =>
    notifyUsers(tx, {
      kind: "REFUND_UPDATE",
      recipients: [recipient],
      render: (locale) => {
        const t = notifyTranslator(locale);
        const values = { course: localized(order.course.titleEn, order.course.titleMy, locale), amount: formatMoney(refund, locale), reference: order.reference };
        return { title: t("refundDone.title"), body: t("refundDone.body", values) };
      },
      data: { orderId: order.id, refundId, courseId: order.courseId },
      keyPrefix: `order.refund:${refundId}`,
      centerId: order.centerId,
    }),
  );
};
