import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { orderPostings } from "../ledger/postings";
import type { PaymentResult } from "../providers/types";

/**
 * Marks an order PAID and gives the buyer what they paid for, exactly once per order (call inside
 * the transaction that recorded the provider's event, with the order row locked): the Payment
 * row, the enrollment (re-activated if an earlier one was refunded), the ledger lines (unique
 * posting keys) and outbox rows for the receipt and the course's Telegram group (flows.md, flow 3).
 * `payment` is null for a free order (a 100% coupon).
 */
export async function fulfilOrder(tx: Tx, input: { orderId: string; payment: PaymentResult | null; now: Date }): Promise<void> {
  const { orderId, payment, now } = input;
  const order = await tx.order.update({
    where: { id: orderId },
    data: { status: "PAID", paidAt: payment?.occurredAt ?? now, failedAt: null, cancelledAt: null },
    select: { id: true, userId: true, centerId: true, courseId: true, provider: true, unitAmount: true, discountAmount: true, totalAmount: true, currency: true, course: { select: { center: { select: { commissionRateBps: true } } } } },
  });
  if (payment) {
    await tx.payment.upsert({
      where: { provider_providerTransactionId: { provider: payment.provider, providerTransactionId: payment.transactionId ?? payment.eventId } },
      create: {
        centerId: order.centerId,
        orderId: order.id,
        provider: payment.provider,
        providerTransactionId: payment.transactionId ?? payment.eventId,
        status: "SUCCEEDED",
        amount: payment.amount,
        currency: payment.currency,
        method: payment.method,
        providerFeeAmount: payment.feeAmount,
        paidAt: payment.occurredAt,
      },
      update: { status: "SUCCEEDED", paidAt: payment.occurredAt },
    });
  }
  if (order.userId) {
    await tx.enrollment.upsert({
      where: { userId_courseId: { userId: order.userId, courseId: order.courseId } },
      create: { userId: order.userId, courseId: order.courseId, centerId: order.centerId, source: "ORDER", orderId: order.id },
      update: { status: "ACTIVE", source: "ORDER", orderId: order.id, revokedAt: null, revocationReason: null, revocationNote: null, expiresAt: null },
    });
  }
  // A payment that arrived after the order had expired takes its coupon use back.
  const reclaimed = await tx.couponRedemption.updateManyAndReturn({ where: { orderId: order.id, releasedAt: { not: null } }, data: { releasedAt: null }, select: { couponId: true } });
  for (const { couponId } of reclaimed) await tx.coupon.update({ where: { id: couponId }, data: { redeemedCount: { increment: 1 } } });
  await tx.ledgerEntry.createMany({
    data: orderPostings(order, order.course.center.commissionRateBps, payment?.feeAmount ?? null).map((line) => ({
      ...line,
      centerId: order.centerId,
      orderId: order.id,
      currency: order.currency,
      occurredAt: payment?.occurredAt ?? now,
    })),
  });
  await enqueueOutbox(tx, { kind: "order.receipt", payload: { orderId: order.id }, idempotencyKey: `order:${order.id}:receipt` });
  await enqueueOutbox(tx, { kind: "telegram.grant_course_access", payload: { orderId: order.id, courseId: order.courseId }, idempotencyKey: `order:${order.id}:telegram` });
}
