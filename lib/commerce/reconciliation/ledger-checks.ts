import type { LedgerEntryType, OrderStatus } from "@/lib/generated/prisma/client";
import { isPaidStatus } from "./classify";
import type { LedgerProblem } from "./types";

export type OrderLine = { type: LedgerEntryType; amount: number };

const sum = (lines: OrderLine[], types: LedgerEntryType[]) => lines.filter((l) => types.includes(l.type)).reduce((total, l) => total + l.amount, 0);

/**
 * The problems of an order's own ledger lines (posting keys `order:<id>:…`; refund and payout
 * lines are not passed in), against ADR 0016: a paid order has exactly one CENTER_NET line,
 * GROSS + DISCOUNT equals what was charged, and CENTER_NET is the sum of the other lines. An
 * order that was never paid has no lines.
 */
export function ledgerProblems(order: { status: OrderStatus; totalAmount: number }, lines: OrderLine[]): LedgerProblem[] {
  if (!isPaidStatus(order.status)) return lines.length > 0 ? ["lines_without_payment"] : [];
  const problems: LedgerProblem[] = [];
  const nets = lines.filter((l) => l.type === "CENTER_NET");
  if (nets.length !== 1) problems.push("center_net_count");
  if (sum(lines, ["GROSS", "DISCOUNT"]) !== order.totalAmount) problems.push("gross_discount_total");
  if (nets.length === 1 && nets[0]!.amount !== sum(lines, ["GROSS", "DISCOUNT", "PROVIDER_FEE", "PLATFORM_COMMISSION"])) problems.push("net_not_sum");
  return problems;
}
