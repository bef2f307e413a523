import type { OrderStatus } from "@/lib/generated/prisma/client";
import type { OurOrder, TheirRecord, Verdict } from "./types";

/** Order states in which money was taken (a refund does not undo that the payment happened). */
const PAID: ReadonlySet<OrderStatus> = new Set(["PAID", "PARTIALLY_REFUNDED", "REFUNDED"]);

export function isPaidStatus(status: OrderStatus): boolean {
  return PAID.has(status);
}

/**
 * Compares our order with the provider's record of it. A free order (a 100% coupon) has no
 * provider payment to compare. `ours` is null when the provider knows a reference we have no
 * order for; `theirs` is null when the provider has no record.
 */
export function classify(ours: Pick<OurOrder, "status" | "totalAmount" | "currency"> | null, theirs: TheirRecord | null): Verdict {
  if (!ours) return theirs?.paid ? "missing_on_our_side" : "unpaid";
  const paidHere = isPaidStatus(ours.status);
  if (ours.totalAmount === 0) return paidHere ? "matched" : "unpaid";
  if (!theirs?.paid) return paidHere ? "missing_on_theirs" : "unpaid";
  if (theirs.amount !== ours.totalAmount || theirs.currency !== ours.currency) return "amount_mismatch";
  return paidHere ? "matched" : "missing_on_our_side";
}
