import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { refundPostings } from "../ledger/postings";

/**
 * The effects of money given back on an order (call inside a transaction with the order row
 * locked, after the Refund row exists): the order's refunded amount and status, the ledger
 * reversal, and — when the whole order is refunded — the end of access: the enrollment is revoked
 * (policy S4) and the buyer's removal from the course's Telegram group is queued.
 */
export async function applyRefund(tx: Tx, input: { refundId: string; orderId: string; amount: number; now: Date }): Promise<{ full: boolean }> {
  const { refundId, orderId, amount, now } = input;
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, userId: true, courseId: true, centerId: true, unitAmount: true, discountAmount: true, totalAmount: true, refundedAmount: true, currency: true, course: { select: { center: { select: { commissionRateBps: true } } } } },
  });
  const refundedAmount = order.refundedAmount + amount;
  const full = refundedAmount >= order.totalAmount;
  await tx.order.update({ where: { id: order.id }, data: { refundedAmount, status: full ? "REFUNDED" : "PARTIALLY_REFUNDED", refundedAt: now } });
  await tx.ledgerEntry.createMany({
    data: refundPostings({ refundId, order, amount, refundedBefore: order.refundedAmount, commissionRateBps: order.course.center.commissionRateBps }).map((line) => ({
      ...line,
      centerId: order.centerId,
      orderId: order.id,
      refundId,
      currency: order.currency,
      occurredAt: now,
    })),
  });
  if (full && order.userId) {
    await tx.enrollment.updateMany({
      where: { userId: order.userId, courseId: order.courseId, orderId: order.id, status: "ACTIVE" },
      data: { status: "REVOKED", revokedAt: now, revocationReason: "REFUND" },
    });
    await enqueueOutbox(tx, { kind: "telegram.revoke_course_access", payload: { orderId: order.id, courseId: order.courseId }, idempotencyKey: `order:${order.id}:telegram-revoke` });
  }
  await enqueueOutbox(tx, { kind: "order.refund", payload: { orderId: order.id, refundId }, idempotencyKey: `refund:${refundId}:notice` });
  return { full };
}

/** Locks an order row for the rest of the transaction. */
export async function lockOrder(tx: Tx, orderId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
}
