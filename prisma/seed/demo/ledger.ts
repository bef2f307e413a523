import type { PaymentProvider, Prisma } from "../../../lib/generated/prisma/client.ts";

/** Provider fees in basis points of the amount paid (sandbox figures close to the real ones). */
export const PROVIDER_FEE_BPS: Record<PaymentProvider, number> = { STRIPE: 390, DINGER: 200, KBZPAY: 150 };

export const providerFee = (provider: PaymentProvider, total: number): number => Math.round((total * PROVIDER_FEE_BPS[provider]) / 10_000);
export const platformCommission = (total: number, bps: number): number => Math.round((total * bps) / 10_000);

type PaidOrder = {
  id: string;
  centerId: string;
  unitAmount: number;
  discountAmount: number;
  totalAmount: number;
  provider: PaymentProvider;
  commissionRateBps: number;
  paidAt: Date;
};

/**
 * The postings of one paid order, signed from the center's point of view (ADR 0001):
 * GROSS (+list price) + DISCOUNT (−coupon) + PROVIDER_FEE (−fee) + PLATFORM_COMMISSION (−commission
 * on the amount paid) = CENTER_NET (+what the center earns). CENTER_NET is the only one of these
 * that enters the center's balance; the others explain it.
 */
export function orderPostings(order: PaidOrder, entryId: () => string): { entries: Prisma.LedgerEntryCreateManyInput[]; centerNet: number } {
  const fee = providerFee(order.provider, order.totalAmount);
  const commission = platformCommission(order.totalAmount, order.commissionRateBps);
  const centerNet = order.totalAmount - fee - commission;
  const base = { centerId: order.centerId, orderId: order.id, currency: "MMK" as const, occurredAt: order.paidAt, createdAt: order.paidAt };
  const entries: Prisma.LedgerEntryCreateManyInput[] = [
    { ...base, id: entryId(), type: "GROSS", amount: order.unitAmount, postingKey: `order:${order.id}:GROSS`, memo: "List price" },
  ];
  if (order.discountAmount > 0) {
    entries.push({ ...base, id: entryId(), type: "DISCOUNT", amount: -order.discountAmount, postingKey: `order:${order.id}:DISCOUNT`, memo: "Coupon" });
  }
  entries.push(
    { ...base, id: entryId(), type: "PROVIDER_FEE", amount: -fee, postingKey: `order:${order.id}:PROVIDER_FEE`, memo: `${order.provider} fee ${PROVIDER_FEE_BPS[order.provider] / 100}%` },
    { ...base, id: entryId(), type: "PLATFORM_COMMISSION", amount: -commission, postingKey: `order:${order.id}:PLATFORM_COMMISSION`, memo: `Commission ${order.commissionRateBps / 100}%` },
    { ...base, id: entryId(), type: "CENTER_NET", amount: centerNet, postingKey: `order:${order.id}:CENTER_NET`, memo: "Net to center" },
  );
  return { entries, centerNet };
}

/** A full refund takes back from the center what the order had credited to it (its CENTER_NET). */
export function refundPosting(input: { refundId: string; orderId: string; centerId: string; centerNet: number; at: Date; id: string }): Prisma.LedgerEntryCreateManyInput {
  return {
    id: input.id,
    centerId: input.centerId,
    orderId: input.orderId,
    refundId: input.refundId,
    type: "REFUND",
    amount: -input.centerNet,
    currency: "MMK",
    postingKey: `refund:${input.refundId}:REFUND`,
    memo: "Full refund: center share reversed",
    occurredAt: input.at,
    createdAt: input.at,
  };
}
