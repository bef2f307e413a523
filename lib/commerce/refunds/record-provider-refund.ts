import "server-only";
import type { Tx } from "@/lib/db";
import type { RefundNotice } from "../providers/types";
import { applyRefund, lockOrder } from "./apply-refund";

/**
 * A refund the provider reports (Stripe `charge.refunded`). Ours (made through refundOrder) are
 * already recorded under the provider's refund id: the notice only confirms them. One made in the
 * provider's own dashboard is recorded here with the same effects as ours.
 */
export async function recordProviderRefund(tx: Tx, notice: RefundNotice, now: Date) {
  const payment = await tx.payment.findUnique({
    where: { provider_providerTransactionId: { provider: notice.provider, providerTransactionId: notice.transactionId } },
    select: { orderId: true, centerId: true, currency: true },
  });
  if (!payment) return { status: "ignored" as const, orderId: null };
  await lockOrder(tx, payment.orderId);
  const known = await tx.refund.findUnique({ where: { provider_providerRefundId: { provider: notice.provider, providerRefundId: notice.providerRefundId } }, select: { id: true, status: true } });
  if (known) {
    if (known.status !== "SUCCEEDED") await tx.refund.update({ where: { id: known.id }, data: { status: "SUCCEEDED", processedAt: now } });
    return { status: "ignored" as const, orderId: payment.orderId };
  }
  // Ours, still waiting for the refunds API's answer: this notice settles it.
  const pending = await tx.refund.findFirst({ where: { orderId: payment.orderId, provider: notice.provider, status: "PROCESSING", providerRefundId: null, amount: notice.amount }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (pending) {
    await tx.refund.update({ where: { id: pending.id }, data: { status: "SUCCEEDED", providerRefundId: notice.providerRefundId, processedAt: now } });
    await applyRefund(tx, { refundId: pending.id, orderId: payment.orderId, amount: notice.amount, now });
    return { status: "applied" as const, orderId: payment.orderId };
  }
  const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { totalAmount: true, refundedAmount: true } });
  const amount = Math.min(notice.amount, order.totalAmount - order.refundedAmount);
  if (amount <= 0) return { status: "ignored" as const, orderId: payment.orderId };
  const refund = await tx.refund.create({
    data: {
      centerId: payment.centerId,
      orderId: payment.orderId,
      provider: notice.provider,
      amount,
      currency: payment.currency,
      reason: "Refunded at the provider",
      status: "SUCCEEDED",
      providerRefundId: notice.providerRefundId,
      processedAt: now,
    },
  });
  await applyRefund(tx, { refundId: refund.id, orderId: payment.orderId, amount, now });
  return { status: "applied" as const, orderId: payment.orderId };
}
