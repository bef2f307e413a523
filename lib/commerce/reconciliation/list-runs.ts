import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { COUNT_NAMES, emptyCounts, type ReconciliationCounts, type ReconciliationItem, type ReconciliationMode } from "./types";

export type ReconciliationRunSummary = {
  id: string;
  mode: ReconciliationMode;
  startedAt: string;
  finishedAt: string;
  windowStart: string;
  windowEnd: string;
  counts: ReconciliationCounts;
};
export type ReconciliationRunDetail = ReconciliationRunSummary & { items: ReconciliationItem[] };

// Stored JSON is read defensively: a report written by an older version still shows.
const countsSchema = z.object(Object.fromEntries(COUNT_NAMES.map((name) => [name, z.number().int().catch(0)]))).catch(emptyCounts());
const itemSchema = z.object({
  kind: z.enum(["missing_on_our_side", "missing_on_theirs", "amount_mismatch", "ledger", "query_failed"]),
  orderId: z.string().nullable().catch(null),
  reference: z.string(),
  provider: z.enum(["STRIPE", "DINGER", "KBZPAY"]),
  orderStatus: z.enum(["PENDING", "PAID", "FAILED", "CANCELLED", "EXPIRED", "REFUNDED", "PARTIALLY_REFUNDED"]).nullable().catch(null),
  orderAmount: z.number().nullable().catch(null),
  providerStatus: z.string().nullable().catch(null),
  providerAmount: z.number().nullable().catch(null),
  currency: z.enum(["MMK", "USD"]).catch("MMK"),
  transactionId: z.string().nullable().catch(null),
  repair: z.enum(["applied", "already_paid", "rejected", "not_confirmed", "unknown_order", "failed"]).optional().catch(undefined),
  problems: z.array(z.enum(["center_net_count", "gross_discount_total", "net_not_sum", "lines_without_payment"])).optional().catch(undefined),
});
const itemsSchema = z.array(z.unknown()).catch([]);

const summarySelect = { id: true, mode: true, startedAt: true, finishedAt: true, windowStart: true, windowEnd: true, counts: true } as const;

function assertOperator(actor: Actor | null): void {
  // The operator's view of every center's money: platform admins only; anyone else gets a 404.
  if (actor?.platformRole !== "PLATFORM_ADMIN") throw new AppError("not_found");
}

function toSummary(row: { id: string; mode: string; startedAt: Date; finishedAt: Date; windowStart: Date; windowEnd: Date; counts: unknown }): ReconciliationRunSummary {
  return {
    id: row.id,
    mode: row.mode === "live" ? "live" : "sandbox",
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
    windowStart: row.windowStart.toISOString(),
    windowEnd: row.windowEnd.toISOString(),
    counts: countsSchema.parse(row.counts) as ReconciliationCounts,
  };
}

/** The latest reconciliation reports, newest first (platform admins only). */
export async function listReconciliationRuns(actor: Actor | null, limit = 20): Promise<ReconciliationRunSummary[]> {
  assertOperator(actor);
  const rows = await db.reconciliationRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit, select: summarySelect });
  return rows.map(toSummary);
}

/** One report with its discrepancies: the given run, or the latest when runId is null (platform admins only). */
export async function getReconciliationRun(actor: Actor | null, runId: string | null): Promise<ReconciliationRunDetail | null> {
  assertOperator(actor);
  const select = { ...summarySelect, items: true } as const;
  if (runId !== null && !z.uuid().safeParse(runId).success) return null;
  const row = runId
    ? await db.reconciliationRun.findUnique({ where: { id: runId }, select })
    : await db.reconciliationRun.findFirst({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], select });
  if (!row) return null;
  return { ...toSummary(row), items: parseReconciliationItems(row.items) };
}

/** A stored report's discrepancies; entries that no longer parse are skipped. */
export function parseReconciliationItems(stored: unknown): ReconciliationItem[] {
  return itemsSchema.parse(stored).flatMap((raw) => {
    const parsed = itemSchema.safeParse(raw);
    return parsed.success ? [parsed.data as ReconciliationItem] : [];
  });
}
