import "server-only";
import { z } from "zod";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { unicodeLine } from "@/lib/text/unicode-schema";
import { lockOrder } from "./apply-refund";
import { finishRefund, startRefund, type StartedRefund } from "./execute-refund";
import { refundRefusal } from "./refund-policy";
import { isRefundableStatus, refundableAmount, refundsThroughApi } from "./refundability";

export const requestRefundInput = z.object({
  reason: unicodeLine().min(1).max(500),
});

export const refundRequestDto = z.object({
  refundId: z.uuid(),
  /** `requested`: waiting for the center; `processing`/`succeeded`: an entitled request honoured through the provider's refunds API. */
  status: z.enum(["requested", "processing", "succeeded"]),
  /** Within the terms the order was sold under: the refund is owed. Otherwise it is at the center's discretion. */
  entitled: z.boolean(),
});
export type RefundRequestDto = z.infer<typeof refundRequestDto>;

/** Statuses of a request still waiting for an answer: one at a time per order. */
export const OPEN_REFUND_STATUSES = ["REQUESTED", "PROCESSING"] as const;

/**
 * The buyer asks for the rest of their own paid order back (policy section 5, "Request a refund").
 * Another person's order is `not_found`; an open request for it already is 409 `conflict`. The
 * center's staff are told through the outbox. An entitled request (within the order's terms) on
 * a provider with a refunds API (Stripe) is honoured at once, the way refundOrder refunds; for
 * Dinger and KBZPay it waits (REQUESTED) for the center to send the money back by hand.
 */
export async function requestRefund(input: { actor: Actor; orderId: string; reason: string; client?: ClientInfo }): Promise<RefundRequestDto> {
  const { reason } = requestRefundInput.parse({ reason: input.reason });
  const { actor, orderId } = input;
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    const found = await tx.order.findFirst({ where: { id: orderId, userId: actor.userId }, select: { id: true } });
    if (!found) throw new AppError("not_found");
    await lockOrder(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { id: true, status: true, provider: true, totalAmount: true, refundedAmount: true, currency: true, refundPolicyId: true, paidAt: true, userId: true, courseId: true, centerId: true },
    });
    if (!isRefundableStatus(order.status)) throw new AppError("refund_not_allowed", { details: [{ path: "params.id", code: "not_paid" }] });
    const open = await tx.refund.count({ where: { orderId, status: { in: [...OPEN_REFUND_STATUSES] } } });
    if (open > 0) throw new AppError("conflict", { details: [{ path: "params.id", code: "request_open" }] });
    const amount = await refundableAmount(tx, order);
    if (amount <= 0) throw new AppError("refund_not_allowed", { details: [{ path: "params.id", code: "nothing_left" }] });
    const entitled = (await refundRefusal(tx, order, now)) === null;
    const request = await tx.refund.create({
      data: { centerId: order.centerId, orderId, provider: order.provider, amount, currency: order.currency, reason, status: "REQUESTED", requestedById: actor.userId, requestedAt: now },
      select: { id: true },
    });
    await enqueueOutbox(tx, { kind: "refund.requested", payload: { refundId: request.id, orderId, centerId: order.centerId, entitled }, idempotencyKey: `refund:${request.id}:requested` });
    await logActivity(tx, {
      action: "refund.requested",
      actorUserId: actor.userId,
      centerId: order.centerId,
      targetType: "order",
      targetId: orderId,
      client: input.client,
      metadata: { refundId: request.id, amount, currency: order.currency, provider: order.provider, entitled },
    });
    // The policy's promise, kept by the platform itself where the provider can move the money.
    let started: StartedRefund | null = null;
    if (entitled && refundsThroughApi(order.provider)) {
      started = await startRefund(tx, { order, amount, reason, requestedById: actor.userId, processedById: null, openRequestId: request.id, now });
    }
    return { refundId: request.id, entitled, started };
  });
  if (!created.started) return { refundId: created.refundId, status: "requested", entitled: created.entitled };
  try {
    const result = await finishRefund(created.started);
    return { refundId: created.refundId, status: result.status === "SUCCEEDED" ? "succeeded" : "processing", entitled: created.entitled };
  } catch (error) {
    if (!(error instanceof AppError && error.code === "provider_error")) throw error;
    // The provider failed: the request stays open for the center to retry (refundOrder settles it).
    await db.refund.updateMany({ where: { id: created.refundId, status: "FAILED" }, data: { status: "REQUESTED", providerRefundId: null, processedAt: null } });
    return { refundId: created.refundId, status: "requested", entitled: created.entitled };
  }
}
