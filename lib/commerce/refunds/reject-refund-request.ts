import "server-only";
import { z } from "zod";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { unicodeLine } from "@/lib/text/unicode-schema";
import { lockOrder } from "./apply-refund";
import { refundRefusal } from "./refund-policy";

export const rejectRefundRequestInput = z.object({
  refundId: z.uuid(),
  /** Shown to the student: why the center says no. */
  reason: unicodeLine().min(1).max(500),
});
export type RejectRefundRequestInput = z.input<typeof rejectRefundRequestInput>;

/**
 * A center admin (`refund.create`) declines a student's open refund request, with a reason kept
 * in the refund row's `failureReason`. Only a request outside the order's terms can be declined:
 * an entitled one (judged when it was made) is what the policy promises, so it is 409
 * `refund_not_allowed` with the reason `entitled`. Another center's request is `not_found`.
 */
export async function rejectRefundRequest(access: CenterAccess, input: RejectRefundRequestInput, client?: ClientInfo): Promise<{ refundId: string; status: "rejected" }> {
  requirePermission(access, "refund.create");
  const { refundId, reason } = rejectRefundRequestInput.parse(input);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const found = await tx.refund.findFirst({ where: { id: refundId, centerId: access.centerId }, select: { orderId: true } });
    if (!found) throw new AppError("not_found");
    await lockOrder(tx, found.orderId);
    const request = await tx.refund.findUniqueOrThrow({
      where: { id: refundId },
      select: { status: true, requestedAt: true, order: { select: { id: true, refundPolicyId: true, paidAt: true, userId: true, courseId: true, centerId: true } } },
    });
    if (request.status !== "REQUESTED") throw new AppError("conflict", { details: [{ path: "refundId", code: "not_open" }] });
    if ((await refundRefusal(tx, request.order, request.requestedAt)) === null) {
      throw new AppError("refund_not_allowed", { details: [{ path: "refundId", code: "entitled" }] });
    }
    await tx.refund.update({ where: { id: refundId }, data: { status: "REJECTED", failureReason: reason, processedById: access.userId, processedAt: now } });
    await enqueueOutbox(tx, { kind: "refund.rejected", payload: { refundId, orderId: request.order.id }, idempotencyKey: `refund:${refundId}:rejected` });
    await logActivity(tx, { action: "refund.rejected", actorUserId: access.userId, centerId: request.order.centerId, targetType: "order", targetId: request.order.id, client, metadata: { refundId } });
  });
  return { refundId, status: "rejected" };
}
