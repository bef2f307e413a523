import type { SandboxPaymentStatus } from "@/lib/generated/prisma/client";
import type { PaymentResult } from "../providers/types";
import type { Snapshot } from "./snapshot";
import type { TheirRecord } from "./types";

/** Sandbox states in which the payer's money moved (a refunded payment was paid first). */
const SANDBOX_PAID: ReadonlySet<SandboxPaymentStatus> = new Set(["PAID", "REFUNDED"]);

type SandboxRow = Snapshot["sandbox"][number];

const key = (provider: string, reference: string) => `${provider}:${reference}`;

/**
 * The sandbox's record per (provider, reference): a paid one when there is one (a second checkout
 * of the same order may have stayed pending), else the newest.
 */
export function sandboxRecordsByReference(rows: SandboxRow[]): Map<string, SandboxRow> {
  const best = new Map<string, SandboxRow>();
  for (const row of rows) {
    const k = key(row.provider, row.merchantReference);
    const current = best.get(k);
    const rank = (r: SandboxRow) => (SANDBOX_PAID.has(r.status) ? 1 : 0);
    if (!current || rank(row) > rank(current) || (rank(row) === rank(current) && row.createdAt > current.createdAt)) best.set(k, row);
  }
  return best;
}

export function sandboxKey(provider: string, reference: string): string {
  return key(provider, reference);
}

export function fromSandbox(row: SandboxRow): TheirRecord {
  return { paid: SANDBOX_PAID.has(row.status), status: row.status, amount: row.amount, currency: row.currency, transactionId: row.transactionId };
}

/** A provider's verified status answer (queryPayment) as a record to compare. */
export function fromQuery(result: PaymentResult): TheirRecord {
  return { paid: result.outcome === "SUCCEEDED", status: result.outcome, amount: result.amount, currency: result.currency, transactionId: result.transactionId };
}
