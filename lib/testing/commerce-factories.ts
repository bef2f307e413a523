import type { PaymentResult, ProviderName } from "@/lib/commerce/providers/types";
import { db } from "@/lib/db";
import { createCategory, createCenter, createCourse, createUser, unique } from "./factories";
import { actorFor } from "./staff-factories";

/** A published course of an active center with a price, and a buyer with an Actor. */
export async function createShop(options: { priceAmount?: number; commissionRateBps?: number } = {}) {
  const [center, category] = await Promise.all([createCenter({ commissionRateBps: options.commissionRateBps ?? 1000 }), createCategory()]);
  const course = await createCourse({ centerId: center.id, categoryId: category.id, priceAmount: options.priceAmount ?? 45_000 });
  const buyer = await createUser();
  return { center, category, course, buyer, actor: actorFor(buyer) };
}

/** A verified "paid" (or other outcome) message for an order, as a provider's verifier would produce it. */
export function paymentMessage(
  order: { reference: string; total: number; currency?: "MMK" | "USD"; provider?: ProviderName },
  overrides: Partial<PaymentResult> = {},
): { kind: "payment"; result: PaymentResult } {
  return {
    kind: "payment",
    result: {
      provider: order.provider ?? "KBZPAY",
      eventId: unique("evt"),
      eventType: "test.payment",
      reference: order.reference,
      outcome: "SUCCEEDED",
      transactionId: unique("txn"),
      amount: order.total,
      currency: order.currency ?? "MMK",
      method: "KBZ Pay",
      feeAmount: null,
      occurredAt: new Date(),
      record: { test: true },
      ...overrides,
    },
  };
}

export async function ledgerOf(orderId: string) {
  return db.ledgerEntry.findMany({ where: { orderId }, orderBy: { postingKey: "asc" }, select: { type: true, amount: true, postingKey: true } });
}
