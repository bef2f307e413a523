import type { OrderStatus } from "@/lib/generated/prisma/client";
import type { CurrencyCode, ProviderName } from "../providers/types";

/** Where the provider's side comes from: the sandbox gateways' table (demo mode) or the providers' status queries. */
export type ReconciliationMode = "sandbox" | "live";

/** Our order as reconciliation sees it. */
export type OurOrder = {
  id: string;
  reference: string;
  provider: ProviderName;
  status: OrderStatus;
  totalAmount: number;
  currency: CurrencyCode;
  providerCheckoutId: string | null;
};

/** The provider's record of an order's payment, reduced to what is compared. */
export type TheirRecord = {
  paid: boolean;
  /** The provider's own word for the state (SandboxPayment status, or the query's outcome). */
  status: string;
  amount: number;
  currency: CurrencyCode;
  transactionId: string | null;
};

/** How our order and the provider's record compare. */
export type Verdict = "matched" | "unpaid" | "missing_on_our_side" | "missing_on_theirs" | "amount_mismatch";

/** What an automatic repair of a missing_on_our_side did (only a verified "paid" answer is applied). */
export type RepairOutcome = "applied" | "already_paid" | "rejected" | "not_confirmed" | "unknown_order" | "failed";

export type LedgerProblem =
  /** a paid order without exactly one CENTER_NET line */
  | "center_net_count"
  /** GROSS + DISCOUNT differs from the order's total */
  | "gross_discount_total"
  /** CENTER_NET is not the sum of the order's other lines */
  | "net_not_sum"
  /** an order that was never paid has order ledger lines */
  | "lines_without_payment";

export type DiscrepancyKind = "missing_on_our_side" | "missing_on_theirs" | "amount_mismatch" | "ledger" | "query_failed";

/** One discrepancy in a stored report: ids, references, statuses and amounts only (no personal data). */
export type ReconciliationItem = {
  kind: DiscrepancyKind;
  orderId: string | null;
  reference: string;
  provider: ProviderName;
  orderStatus: OrderStatus | null;
  orderAmount: number | null;
  providerStatus: string | null;
  providerAmount: number | null;
  currency: CurrencyCode;
  transactionId: string | null;
  repair?: RepairOutcome;
  problems?: LedgerProblem[];
};

export const COUNT_NAMES = [
  "checked",
  "matched",
  "unpaid",
  "missing_on_our_side",
  "missing_on_theirs",
  "amount_mismatch",
  "ledger_problems",
  "repaired",
  "unverifiable",
  "query_failed",
  "omitted_items",
] as const;

/**
 * Per run: orders checked; of those, matched (paid on both sides, same amount), unpaid (neither
 * side paid), each discrepancy kind, orders whose ledger has a problem, payments repaired, orders
 * that cannot be checked live (a provider without a status query), failed queries, and items left
 * out of the stored report beyond its cap.
 */
export type ReconciliationCounts = Record<(typeof COUNT_NAMES)[number], number>;

export type ReconciliationReport = {
  id: string;
  mode: ReconciliationMode;
  startedAt: Date;
  finishedAt: Date;
  windowStart: Date;
  windowEnd: Date;
  counts: ReconciliationCounts;
  items: ReconciliationItem[];
};

export function emptyCounts(): ReconciliationCounts {
  return Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as ReconciliationCounts;
}
