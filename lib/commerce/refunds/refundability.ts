import "server-only";
import type { Tx } from "@/lib/db";
import type { OrderStatus, PaymentProvider } from "@/lib/generated/prisma/client";
import { refundRefusal, type RefundRefusal } from "./refund-policy";

// The refund rules that both refundOrder (under the order's row lock) and the center's order page
// (to show what is possible before anyone tries) apply: one place, so the page cannot promise a
// refund that refundOrder would refuse.

/** Only a paid order, or one refunded in part, still has money that can be given back. */
export function isRefundableStatus(status: OrderStatus): boolean {
  return status === "PAID" || status === "PARTIALLY_REFUNDED";
}

/**
 * Stripe has a refunds API; Dinger and KBZPay do not: their money is sent back by hand in the
 * provider's merchant portal and recorded here with that transfer's reference.
 */
export function refundsThroughApi(provider: PaymentProvider): boolean {
  return provider === "STRIPE";
}

/** The total less what was refunded and what is being refunded right now (PROCESSING). */
export async function refundableAmount(tx: Tx, order: { id: string; totalAmount: number; refundedAmount: number }): Promise<number> {
  const inFlight = await tx.refund.aggregate({ where: { orderId: order.id, status: "PROCESSING" }, _sum: { amount: true } });
  return order.totalAmount - order.refundedAmount - (inFlight._sum.amount ?? 0);
}

/** Why no refund can be made now at all: refundOrder's hard `refund_not_allowed` reasons. */
export type RefundBlock = "not_paid" | "nothing_left";

export type Refundability = {
  /** How much can be refunded now: 0 whenever `blockedBy` is set. */
  refundable: number;
  blockedBy: RefundBlock | null;
  /**
   * Why the order is outside the terms it was sold under (null: within them, the refund is owed).
   * Outside them a refund is still possible, at the center's discretion (policy section 2).
   */
  outsideTerms: RefundRefusal | null;
};

export type RefundableOrder = { id: string; status: OrderStatus; totalAmount: number; refundedAmount: number; refundPolicyId: string | null; paidAt: Date | null; userId: string | null; courseId: string };

/**
 * Whether the order is within its terms. A student's open request (REQUESTED) is judged at the
 * moment it was made: asking within the window keeps the policy's promise however long the center
 * takes to answer.
 */
export async function termsRefusal(tx: Tx, order: Pick<RefundableOrder, "id" | "refundPolicyId" | "paidAt" | "userId" | "courseId">, now: Date): Promise<RefundRefusal | null> {
  const open = await tx.refund.findFirst({ where: { orderId: order.id, status: "REQUESTED" }, orderBy: { requestedAt: "asc" }, select: { requestedAt: true } });
  return refundRefusal(tx, order, open ? open.requestedAt : now);
}

/**
 * Whether the order can be refunded now, up to how much, and whether only at the center's
 * discretion; read without a lock (for display): refundOrder checks the same rules again under
 * the order's row lock.
 */
export async function refundability(tx: Tx, order: RefundableOrder, now: Date): Promise<Refundability> {
  if (!isRefundableStatus(order.status)) return { refundable: 0, blockedBy: "not_paid", outsideTerms: null };
  const refundable = await refundableAmount(tx, order);
  if (refundable <= 0) return { refundable: 0, blockedBy: "nothing_left", outsideTerms: null };
  return { refundable, blockedBy: null, outsideTerms: await termsRefusal(tx, order, now) };
}
