import type { LedgerEntryType } from "@/lib/generated/prisma/client";

export type Posting = { type: LedgerEntryType; amount: number; postingKey: string };
export type SoldOrder = { id: string; unitAmount: number; discountAmount: number; totalAmount: number };

/** The platform's commission on an amount: basis points, rounded half up to a whole unit. */
export function commissionOn(amount: number, rateBps: number): number {
  return Math.floor((amount * rateBps + 5_000) / 10_000);
}

/**
 * The ledger lines of a paid order, signed from the center's side (ADR 0016): the list price
 * (GROSS), minus the coupon (DISCOUNT), the provider's fee when the provider states it, and the
 * platform's commission on what was paid; CENTER_NET is their sum, what the center is owed.
 * Zero lines are left out. Posting keys make a repeated posting fail on the unique index.
 */
export function orderPostings(order: SoldOrder, commissionRateBps: number, providerFee: number | null): Posting[] {
  const commission = commissionOn(order.totalAmount, commissionRateBps);
  const fee = providerFee ?? 0;
  const lines: Posting[] = [
    { type: "GROSS", amount: order.unitAmount, postingKey: `order:${order.id}:GROSS` },
    { type: "DISCOUNT", amount: -order.discountAmount, postingKey: `order:${order.id}:DISCOUNT` },
    { type: "PROVIDER_FEE", amount: -fee, postingKey: `order:${order.id}:PROVIDER_FEE` },
    { type: "PLATFORM_COMMISSION", amount: -commission, postingKey: `order:${order.id}:PLATFORM_COMMISSION` },
    { type: "CENTER_NET", amount: order.totalAmount - fee - commission, postingKey: `order:${order.id}:CENTER_NET` },
  ];
  return lines.filter((line) => line.amount !== 0 || line.type === "GROSS" || line.type === "CENTER_NET");
}

/**
 * The ledger lines of a refund of `amount` when `refundedBefore` was already given back. The
 * platform returns its commission on the refunded share; the provider's fee is not returned (as
 * Stripe keeps it), so after a full refund the center's balance for the order is minus the fee.
 * Shares are computed on cumulative amounts so that partial refunds add up exactly to the whole.
 */
export function refundPostings(input: { refundId: string; order: SoldOrder; amount: number; refundedBefore: number; commissionRateBps: number }): Posting[] {
  const { refundId, order, amount, refundedBefore, commissionRateBps } = input;
  const commission = commissionOn(order.totalAmount, commissionRateBps);
  const share = (refunded: number) => (order.totalAmount === 0 ? 0 : Math.floor((commission * refunded) / order.totalAmount));
  const commissionBack = share(refundedBefore + amount) - share(refundedBefore);
  return [
    { type: "REFUND", amount: -(amount - commissionBack), postingKey: `refund:${refundId}:REFUND` },
    { type: "PLATFORM_COMMISSION", amount: commissionBack, postingKey: `refund:${refundId}:PLATFORM_COMMISSION` },
  ].filter((line) => line.amount !== 0 || line.type === "REFUND") as Posting[];
}
