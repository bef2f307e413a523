import type { DemoContext } from "./context.ts";
import { refundPosting } from "./ledger.ts";
import type { PaidOrder } from "./orders.ts";
import { ANCHOR, DAY, HOUR, addMs, daysBefore, myanmarDateStamp } from "./time.ts";

/**
 * One refund under the refund policy: bought less than 7 days earlier, 1 lesson done (under 20%).
 * The order becomes REFUNDED, the enrollment REVOKED, and the center's share is reversed in the ledger.
 */
export function buildRefund(ctx: DemoContext, paid: PaidOrder[]): void {
  const candidate = [...paid]
    .reverse()
    .find(({ order, course, student, coupon }) => !coupon && student.index >= 2 && course.lessons.length >= 6 && (order.paidAt as Date) <= daysBefore(ANCHOR, 6));
  if (!candidate) throw new Error("no order qualifies for the demo refund");
  const { order, course, student, centerNet } = candidate;
  const paidAt = order.paidAt as Date;
  const requestedAt = addMs(paidAt, ctx.rng.int(26, 96) * HOUR);
  const processedAt = addMs(requestedAt, ctx.rng.int(2, 20) * HOUR);
  const days = Math.max(1, Math.round((requestedAt.getTime() - paidAt.getTime()) / DAY));
  const refundId = ctx.ids.uuid(requestedAt);
  const providerRefundId =
    order.provider === "STRIPE" ? `re_3${ctx.rng.alnum(23)}` : order.provider === "KBZPAY" ? `R${ctx.rng.digits(19)}` : ctx.rng.digits(16);

  Object.assign(order, { status: "REFUNDED", refundedAmount: order.totalAmount, refundedAt: processedAt, updatedAt: processedAt });
  ctx.rows.refunds.push({
    id: refundId,
    centerId: order.centerId,
    orderId: order.id,
    provider: order.provider,
    amount: order.totalAmount,
    currency: "MMK",
    reason: `Requested ${days === 1 ? "1 day" : `${days} days`} after purchase with 1 of ${course.lessons.length} lessons completed: within the refund policy.`,
    status: "SUCCEEDED",
    providerRefundId,
    requestedById: student.id,
    processedById: course.center.ownerId,
    requestedAt,
    processedAt,
    createdAt: requestedAt,
  });
  ctx.rows.ledgerEntries.push(refundPosting({ id: ctx.ids.uuid(processedAt), refundId, orderId: order.id, centerId: order.centerId, centerNet, at: processedAt }));
  const enrollment = ctx.enrollments[candidate.enrollmentIndex];
  if (!enrollment) throw new Error("refund: enrollment missing");
  Object.assign(enrollment.row, { status: "REVOKED", revokedAt: processedAt, revocationReason: "REFUND", revocationNote: "Refunded under the 7-day refund policy", updatedAt: processedAt });
}

/** One settled payout per active center, covering its net earnings up to 30 days before the anchor. */
export function buildPayouts(ctx: DemoContext): void {
  const periodEnd = daysBefore(ANCHOR, 30);
  for (const center of ctx.centers.filter((candidate) => candidate.active)) {
    const earned = ctx.rows.ledgerEntries
      .filter((entry) => entry.centerId === center.id && (entry.type === "CENTER_NET" || entry.type === "REFUND") && new Date(entry.occurredAt) <= periodEnd)
      .reduce((sum, entry) => sum + entry.amount, 0);
    const amount = Math.floor(earned / 1_000) * 1_000;
    if (amount <= 0) continue;
    const paidAt = addMs(periodEnd, 3 * DAY);
    const id = ctx.ids.uuid(paidAt);
    ctx.rows.centerPayouts.push({
      id,
      centerId: center.id,
      amount,
      currency: "MMK",
      status: "PAID",
      periodStart: center.createdAt,
      periodEnd,
      method: "Bank transfer (KBZ Bank)",
      reference: `PAYOUT_${center.slug.split("-").map((word) => word[0]?.toUpperCase()).join("")}_${myanmarDateStamp(paidAt)}`,
      note: "Settlement of net earnings to the end of the period",
      paidAt,
      recordedById: ctx.platformAdminId,
      createdAt: paidAt,
    });
    ctx.rows.ledgerEntries.push({
      id: ctx.ids.uuid(paidAt),
      centerId: center.id,
      payoutId: id,
      type: "PAYOUT",
      amount: -amount,
      currency: "MMK",
      postingKey: `payout:${id}`,
      memo: "Payout to the center's bank account",
      occurredAt: paidAt,
      createdAt: paidAt,
    });
  }
}
