import "server-only";
import { z } from "zod";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import { unicodeLine } from "@/lib/text/unicode-schema";
import { paymentProvider } from "../providers/registry";
import { applyRefund, lockOrder } from "./apply-refund";
import { refundRefusal } from "./refund-policy";
import { isRefundableStatus, refundableAmount, refundsThroughApi } from "./refundability";

export const refundOrderInput = z.object({
  orderId: z.uuid(),
  /** Omitted: everything not yet refunded. */
  amount: z.number().int().positive().optional(),
  reason: unicodeLine().min(1).max(500),
  /** For providers without a refunds API (Dinger, KBZPay): the reference of the money sent back by hand. */
  manualReference: z.string().trim().min(1).max(100).optional(),
});
export type RefundOrderInput = z.input<typeof refundOrderInput>;

export type RefundResult = { refundId: string; status: "SUCCEEDED" | "PROCESSING"; amount: number; orderStatus: string };

/**
 * A center admin refunds a paid order fully or partly, under the terms it was sold under
 * (409 `refund_not_allowed` otherwise, with the reason). Stripe orders are refunded through
 * Stripe's refunds API (its `charge.refunded` event then only confirms); Dinger and KBZPay have no
 * refunds API, so the money is sent back outside the platform and recorded here with its
 * reference. Either way the order, the ledger and access change in one transaction (applyRefund).
 * Another center's order is `not_found` (policy S5).
 */
export async function refundOrder(access: CenterAccess, input: RefundOrderInput, client?: ClientInfo): Promise<RefundResult> {
  requirePermission(access, "refund.create");
  const { orderId, amount: requested, reason, manualReference } = refundOrderInput.parse(input);
  const now = new Date();
  const reserved = await db.$transaction(async (tx) => {
    const found = await tx.order.findFirst({ where: { id: orderId, centerId: access.centerId }, select: { id: true } });
    if (!found) throw new AppError("not_found");
    await lockOrder(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { id: true, status: true, provider: true, totalAmount: true, refundedAmount: true, currency: true, refundPolicyId: true, paidAt: true, userId: true, courseId: true, centerId: true },
    });
    if (!isRefundableStatus(order.status)) throw new AppError("refund_not_allowed", { details: [{ path: "orderId", code: "not_paid" }] });
    const refundable = await refundableAmount(tx, order);
    const amount = requested ?? refundable;
    if (amount <= 0 || amount > refundable) throw new AppError("refund_not_allowed", { details: [{ path: "amount", code: "more_than_refundable", refundable }] });
    const refusal = await refundRefusal(tx, order, now);
    if (refusal) throw new AppError("refund_not_allowed", { details: [{ path: "orderId", code: refusal }] });
    const viaApi = refundsThroughApi(order.provider);
    if (!viaApi && !manualReference) throw new AppError("validation_failed", { details: [{ path: "body.manualReference", code: "required" }] });
    const refund = await tx.refund.create({
      data: {
        centerId: order.centerId,
        orderId,
        provider: order.provider,
        amount,
        currency: order.currency,
        reason,
        status: viaApi ? "PROCESSING" : "SUCCEEDED",
        providerRefundId: viaApi ? null : `manual:${manualReference}`,
        requestedById: access.userId,
        processedById: viaApi ? null : access.userId,
        processedAt: viaApi ? null : now,
      },
    });
    if (!viaApi) await applyRefund(tx, { refundId: refund.id, orderId, amount, now });
    await logActivity(tx, { action: "order.refunded", actorUserId: access.userId, centerId: order.centerId, targetType: "order", targetId: orderId, client, metadata: { refundId: refund.id, amount, currency: order.currency, provider: order.provider } });
    return { refund, viaApi };
  });
  if (!reserved.viaApi) return result(reserved.refund.id, "SUCCEEDED", reserved.refund.amount, orderId);
  return refundThroughProvider(reserved.refund.id, orderId, reserved.refund.amount);
}

async function refundThroughProvider(refundId: string, orderId: string, amount: number): Promise<RefundResult> {
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
  return result(refundId, refund.status === "SUCCEEDED" ? "SUCCEEDED" : "PROCESSING", amount, orderId);
}

async function result(refundId: string, status: RefundResult["status"], amount: number, orderId: string): Promise<RefundResult> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
  return { refundId, status, amount, orderStatus: order.status };
}
