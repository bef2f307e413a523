import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/i18n/format-money";
import { localized } from "@/lib/i18n/localized";
import type { OutboxHandler } from "@/lib/outbox/types";
import { notifyUsers } from "../notify-users";
import { notifyTranslator, parsePayload } from "./event-helpers";

const refundSelect = {
  id: true,
  amount: true,
  currency: true,
  failureReason: true,
  order: { select: { id: true, userId: true, centerId: true, courseId: true, course: { select: { titleEn: true, titleMy: true } } } },
} as const;

const findRefund = (refundId: string, orderId: string) => db.refund.findFirst({ where: { id: refundId, orderId }, select: refundSelect });

/**
 * `refund.requested` {refundId, orderId, centerId, entitled}: tells the student their request
 * arrived, and whether it is owed under the terms or waits for the center. The center's staff see
 * open requests on the dashboard, so they get no notification.
 */
export const notifyRefundRequested: OutboxHandler = async (job) => {
  const payload = parsePayload(z.object({ refundId: z.uuid(), orderId: z.uuid(), centerId: z.uuid(), entitled: z.boolean() }), job);
  const refund = await findRefund(payload.refundId, payload.orderId);
  if (!refund?.order.userId) return;
  const { order } = refund;
  const recipient = refund.order.userId;
  await db.$transaction((tx) =>
    notifyUsers(tx, {
      kind: "REFUND_UPDATE",
      recipients: [recipient],
      render: (locale) => {
        const t = notifyTranslator(locale);
        const values = { course: localized(order.course.titleEn, order.course.titleMy, locale), amount: formatMoney(refund, locale) };
        return { title: t("refundRequested.title"), body: payload.entitled ? t("refundRequested.bodyEntitled", values) : t("refundRequested.bodyReview", values) };
      },
      data: { orderId: order.id, refundId: refund.id, courseId: order.courseId },
      keyPrefix: `refund.requested:${refund.id}`,
      centerId: order.centerId,
    }),
  );
};

/** `refund.rejected` {refundId, orderId}: the center declined the request; the student reads its reason. */
export const notifyRefundRejected: OutboxHandler = async (job) => {
  const payload = parsePayload(z.object({ refundId: z.uuid(), orderId: z.uuid() }), job);
  const refund = await findRefund(payload.refundId, payload.orderId);
  if (!refund?.order.userId) return;
  const { order } = refund;
  const recipient = refund.order.userId;
  const reason = refund.failureReason?.trim();
  await db.$transaction((tx) =>
    notifyUsers(tx, {
      kind: "REFUND_UPDATE",
      recipients: [recipient],
      render: (locale) => {
        const t = notifyTranslator(locale);
        const course = localized(order.course.titleEn, order.course.titleMy, locale);
        return { title: t("refundRejected.title"), body: reason ? t("refundRejected.bodyWithReason", { course, reason }) : t("refundRejected.body", { course }) };
      },
      data: { orderId: order.id, refundId: refund.id, courseId: order.courseId },
      keyPrefix: `refund.rejected:${refund.id}`,
      centerId: order.centerId,
    }),
  );
};
