import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { Currency, PaymentProvider } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import { paymentProvider } from "../providers/registry";
import { applyRefund, lockOrder } from "./apply-refund";
import { refundsThroughApi } from "./refundability";

// The one way money is given back, shared by refundOrder (a center admin) and requestRefund (a
// student's entitled request): the refund row is written (or a student's open request is settled)
// under the order's row lock; Stripe's refunds API is called after that transaction commits.

export type RefundResult = { refundId: string; status: "SUCCEEDED" | "PROCESSING"; amount: number; orderStatus: string };

export type StartedRefund = { refundId: string; orderId: string; amount: number; viaApi: boolean };

export type StartRefundInput = {
  order: { id: string; centerId: string; provider: PaymentProvider; currency: Currency };
  amount: number;
  reason: string;
  /** Dinger and KBZPay: the reference of the money already sent back by hand (required for them). */
  manualReference?: string;
  /** Who asked: the staff member, or (for a request) the student. Ignored when settling a request. */
  requestedById: string;
  /** The staff member who made the refund; null when the platform honours an entitled request by itself. */
  processedById: string | null;
  /** The order's open request (status REQUESTED): settled by this refund instead of a second row. */
  openRequestId?: string | null;
  now: Date;
};

/**
 * Inside a transaction with the order row locked and every rule checked by the caller: records the
 * refund (or settles the open request), and for providers without a refunds API applies it at once.
 * A Stripe refund is left PROCESSING (counted against what is refundable) for finishRefund.
 */
export async function startRefund(tx: Tx, input: StartRefundInput): Promise<StartedRefund> {
  const { order, amount, reason, manualReference, now } = input;
  const viaApi = refundsThroughApi(order.provider);
  if (!viaApi && !manualReference) throw new AppError("validation_failed", { details: [{ path: "body.manualReference", code: "required" }] });
  const outcome = {
    amount,
    reason,
    status: viaApi ? ("PROCESSING" as const) : ("SUCCEEDED" as const),
    providerRefundId: viaApi ? null : `manual:${manualReference}`,
    processedById: input.processedById,
    processedAt: viaApi ? null : now,
  };
  const refund = input.openRequestId
    ? await tx.refund.update({ where: { id: input.openRequestId }, data: outcome, select: { id: true } })
    : await tx.refund.create({ data: { centerId: order.centerId, orderId: order.id, provider: order.provider, currency: order.currency, requestedById: input.requestedById, ...outcome }, select: { id: true } });
  if (!viaApi) await applyRefund(tx, { refundId: refund.id, orderId: order.id, amount, now });
  return { refundId: refund.id, orderId: order.id, amount, viaApi };
}

/**
 * After startRefund's transaction: a Stripe refund goes through the refunds API (the refund id is
 * the idempotency key) and is settled under the order lock, unless `charge.refunded` came first.
 * A failure marks it FAILED (failureReason `provider_error`) and throws `provider_error`.
 */
export async function finishRefund(started: StartedRefund): Promise<RefundResult> {
  const { refundId, orderId, amount } = started;
  if (!started.viaApi) return refundResult(refundId, "SUCCEEDED", amount, orderId);
  const payment = await db.payment.findFirst({ where: { orderId, status: "SUCCEEDED" }, orderBy: { createdAt: "desc" }, select: { providerTransactionId: true, provider: true, currency: true } });
  try {
    if (!payment) throw new Error("no payment to refund");
    const adapter = paymentProvider(payment.provider);
    if (!adapter.refund) throw new Error("provider has no refunds API");
    const done = await adapter.refund({ transactionId: payment.providerTransactionId, amount, currency: payment.currency, idempotencyKey: refundId });
    await db.$transaction(async (tx) => {
      await lockOrder(tx, orderId);
      // The provider's refund event may have arrived first and settled it (record-provider-refund.ts).
      const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { status: true } });
      if (refund.status !== "PROCESSING") return;
      await tx.refund.update({ where: { id: refundId }, data: { status: done.status === "FAILED" ? "FAILED" : "SUCCEEDED", providerRefundId: done.providerRefundId, processedAt: new Date() } });
      if (done.status !== "FAILED") await applyRefund(tx, { refundId, orderId, amount, now: new Date() });
    });
    if (done.status === "FAILED") throw new Error("provider declined the refund");
  } catch (error) {
    log.error("commerce.refund_failed", { refundId, orderId, ...describeError(error) });
    await db.refund.updateMany({ where: { id: refundId, status: "PROCESSING" }, data: { status: "FAILED", failureReason: "provider_error", processedAt: new Date() } });
    throw new AppError("provider_error", { cause: error });
  }
  const refund = await db.refund.findUniqueOrThrow({ where: { id: refundId }, select: { status: true } });
  return refundResult(refundId, refund.status === "SUCCEEDED" ? "SUCCEEDED" : "PROCESSING", amount, orderId);
}

export async function refundResult(refundId: string, status: RefundResult["status"], amount: number, orderId: string): Promise<RefundResult> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
  return { refundId, status, amount, orderStatus: order.status };
}
