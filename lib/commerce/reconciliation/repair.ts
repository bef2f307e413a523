import "server-only";
import { applyVerifiedMessage } from "../apply-verified-message";
import type { PaymentResult } from "../providers/types";
import type { OurOrder, RepairOutcome } from "./types";

/** The ProviderEvent id of a repair: one per provider transaction, so a payment is repaired once. */
export function repairEventId(transactionId: string): string {
  return `reconcile:${transactionId}`;
}

/**
 * Fulfils an order the provider says is paid but we are not (a lost callback, or a crash between
 * callback and fulfilment), through the same applyVerifiedMessage as every webhook. Security-
 * critical: only a verified provider answer (queryPayment, which checks the provider's signature
 * or asks its API) that names this order, its provider, amount and currency and a transaction id
 * is applied. The event id is derived from the provider's transaction id, so a second run is a
 * duplicate, and the real callback arriving later finds the order PAID and is ignored.
 */
export async function repairMissingPayment(order: OurOrder, answer: PaymentResult | null, now: Date): Promise<RepairOutcome> {
  if (
    !answer ||
    answer.outcome !== "SUCCEEDED" ||
    answer.provider !== order.provider ||
    answer.reference !== order.reference ||
    answer.amount !== order.totalAmount ||
    answer.currency !== order.currency ||
    !answer.transactionId
  ) {
    return "not_confirmed";
  }
  const result: PaymentResult = {
    ...answer,
    eventId: repairEventId(answer.transactionId),
    eventType: "reconciliation.payment_confirmed",
    record: { source: "reconciliation", queryEventId: answer.eventId, queryEventType: answer.eventType, query: answer.record },
  };
  const outcome = await applyVerifiedMessage({ kind: "payment", result }, now);
  if (outcome.status === "applied") return "applied";
  // Paid meanwhile (the real callback, or a concurrent run): nothing left to repair.
  if (outcome.status === "ignored" || outcome.status === "duplicate") return "already_paid";
  return "rejected";
}
