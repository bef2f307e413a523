import "server-only";
import { z } from "zod";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { unicodeLine } from "@/lib/text/unicode-schema";
import { lockOrder } from "./apply-refund";
import { finishRefund, startRefund, type RefundResult } from "./execute-refund";
import { isRefundableStatus, refundableAmount, termsRefusal } from "./refundability";

export const refundOrderInput = z.object({
  orderId: z.uuid(),
  /** Omitted: everything not yet refunded. */
  amount: z.number().int().positive().optional(),
  reason: unicodeLine().min(1).max(500),
  /** For providers without a refunds API (Dinger, KBZPay): the reference of the money sent back by hand. */
  manualReference: z.string().trim().min(1).max(100).optional(),
  /** Outside the order's terms a refund is the center's choice (policy section 2): it must say so. */
  discretionary: z.boolean().optional(),
});
export type RefundOrderInput = z.input<typeof refundOrderInput>;

export type { RefundResult } from "./execute-refund";

/**
 * A center admin refunds a paid order fully or partly. Within the terms it was sold under the
 * refund is owed; outside them (409 `refund_not_allowed` with the reason) only with
 * `discretionary: true`, the center's discretion, which the activity log records. A student's
 * open request is settled by this refund (the same row), judged at the time it was made. Stripe
 * orders are refunded through Stripe's refunds API (its `charge.refunded` event then only
 * confirms); Dinger and KBZPay have no refunds API, so the money is sent back outside the platform
 * and recorded here with its reference. Either way the order, the ledger and access change in one
 * transaction (applyRefund). Another center's order is `not_found` (policy S5).
 */
export async function refundOrder(access: CenterAccess, input: RefundOrderInput, client?: ClientInfo): Promise<RefundResult> {
  requirePermission(access, "refund.create");
  const { orderId, amount: requested, reason, manualReference, discretionary } = refundOrderInput.parse(input);
  const now = new Date();
  const started = await db.$transaction(async (tx) => {
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
    const refusal = await termsRefusal(tx, order, now);
    if (refusal && !discretionary) throw new AppError("refund_not_allowed", { details: [{ path: "orderId", code: refusal }, { path: "body.discretionary", code: "required" }] });
    const openRequest = await tx.refund.findFirst({ where: { orderId, status: "REQUESTED" }, orderBy: { requestedAt: "asc" }, select: { id: true } });
    const refund = await startRefund(tx, { order, amount, reason, manualReference, requestedById: access.userId, processedById: access.userId, openRequestId: openRequest?.id, now });
    await logActivity(tx, {
      action: "order.refunded",
      actorUserId: access.userId,
      centerId: order.centerId,
      targetType: "order",
      targetId: orderId,
      client,
      metadata: { refundId: refund.refundId, amount, currency: order.currency, provider: order.provider, discretionary: refusal !== null, outsideTerms: refusal, settlesRequest: openRequest !== null },
    });
    return refund;
  });
  return finishRefund(started);
}
