import "server-only";
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import { paymentProvider } from "../providers/registry";
import type { PaymentProviderAdapter, PaymentResult, ProviderName } from "../providers/types";
import { classify } from "./classify";
import { ledgerProblems } from "./ledger-checks";
import { mapConcurrent } from "./map-concurrent";
import { fromQuery, fromSandbox, sandboxKey, sandboxRecordsByReference } from "./provider-records";
import { repairMissingPayment } from "./repair";
import { loadSnapshot } from "./snapshot";
import {
  emptyCounts,
  type OurOrder,
  type ReconciliationCounts,
  type ReconciliationItem,
  type ReconciliationMode,
  type ReconciliationReport,
  type TheirRecord,
} from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Providers that cannot be asked about a payment (Dinger has no status query: its callback is the
 * only word, see dinger-provider.ts). Live mode counts their orders as unverifiable.
 */
const NO_STATUS_QUERY: ReadonlySet<ProviderName> = new Set(["DINGER"]);

export type ReconcileOptions = {
  now?: Date;
  /** How far back orders are checked: created or paid in the window (7 days). */
  windowDays?: number;
  /** "sandbox" in demo mode, "live" in production mode unless given. */
  mode?: ReconciliationMode;
  /** Live status queries in flight at once (4): a provider's API must not be flooded. */
  concurrency?: number;
  /** The provider adapters (tests pass stand-ins). */
  adapter?: (name: ProviderName) => PaymentProviderAdapter;
  /** Discrepancies kept in the stored report; the rest are only counted (500). */
  maxItems?: number;
};

type Checked = { order: OurOrder | null; reference: string; provider: ProviderName; theirs: TheirRecord | null; answer: PaymentResult | null };

/**
 * Compares the providers' records with our orders and ledger over a window (flows.md, flow 3, the
 * reconciliation job) and stores the report as a ReconciliationRun. The provider's side is the
 * SandboxPayment table in demo mode and each provider's status query in production (at most
 * `concurrency` in flight). A payment the provider confirms but we never fulfilled is repaired
 * through applyVerifiedMessage (repair.ts); every other discrepancy is reported, not fixed.
 */
export async function reconcile(options: ReconcileOptions = {}): Promise<ReconciliationReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const mode = options.mode ?? (isProduction() ? "live" : "sandbox");
  const adapter = options.adapter ?? paymentProvider;
  const window = { start: new Date(now.getTime() - (options.windowDays ?? 7) * DAY_MS), end: now };

  const snapshot = await loadSnapshot(window, mode);
  const counts = emptyCounts();
  const items: ReconciliationItem[] = [];
  const checked: Checked[] =
    mode === "sandbox" ? sandboxComparisons(snapshot) : await liveComparisons(snapshot.orders, adapter, options.concurrency ?? 4, counts, items);

  for (const entry of checked) {
    const { order, theirs } = entry;
    counts.checked += 1;
    const verdict = classify(order, theirs);
    if (verdict === "matched" || verdict === "unpaid") {
      counts[verdict] += 1;
      continue;
    }
    const item = itemOf(verdict, entry);
    if (verdict === "missing_on_our_side") {
      item.repair = order ? await repair(order, entry.answer, adapter, mode, now) : "unknown_order";
      if (item.repair === "already_paid") {
        // Paid by its own callback since the snapshot: the two sides agree after all.
        counts.matched += 1;
        continue;
      }
      if (item.repair === "applied") counts.repaired += 1;
    }
    counts[verdict] += 1;
    items.push(item);
  }

  for (const order of snapshot.orders) {
    const problems = ledgerProblems(order, snapshot.lines.get(order.id) ?? []);
    if (problems.length === 0) continue;
    counts.ledger_problems += 1;
    items.push({ ...itemOf("ledger", { order, reference: order.reference, provider: order.provider, theirs: null, answer: null }), problems });
  }

  const maxItems = options.maxItems ?? 500;
  counts.omitted_items = Math.max(0, items.length - maxItems);
  const kept = items.slice(0, maxItems);
  const finishedAt = new Date(now.getTime() + Math.round(performance.now() - started));
  const run = await db.reconciliationRun.create({
    data: { mode, startedAt: now, finishedAt, windowStart: window.start, windowEnd: window.end, counts, items: kept },
    select: { id: true },
  });
  const discrepancies = counts.missing_on_our_side + counts.missing_on_theirs + counts.amount_mismatch + counts.ledger_problems + counts.query_failed;
  if (discrepancies > 0) log.warn("commerce.reconcile_discrepancies", { runId: run.id, mode, ...counts });
  return { id: run.id, mode, startedAt: now, finishedAt, windowStart: window.start, windowEnd: window.end, counts, items: kept };
}

/** Demo mode: every order against the sandbox's record, plus sandbox payments of references we have no order for. */
function sandboxComparisons(snapshot: Awaited<ReturnType<typeof loadSnapshot>>): Checked[] {
  const records = sandboxRecordsByReference(snapshot.sandbox);
  const out: Checked[] = snapshot.orders.map((order) => {
    const row = records.get(sandboxKey(order.provider, order.reference));
    if (row) records.delete(sandboxKey(order.provider, order.reference));
    return { order, reference: order.reference, provider: order.provider, theirs: row ? fromSandbox(row) : null, answer: null };
  });
  for (const row of records.values()) {
    if (row.status === "PAID" || row.status === "REFUNDED") out.push({ order: null, reference: row.merchantReference, provider: row.provider, theirs: fromSandbox(row), answer: null });
  }
  return out;
}

/** Production: each order's provider is asked (bounded concurrency); a failed query is reported, not fatal. */
async function liveComparisons(
  orders: OurOrder[],
  adapter: (name: ProviderName) => PaymentProviderAdapter,
  concurrency: number,
  counts: ReconciliationCounts,
  items: ReconciliationItem[],
): Promise<Checked[]> {
  const askable = orders.filter((order) => {
    if (order.totalAmount === 0) return true; // nothing to ask: classify() settles a free order
    if (!NO_STATUS_QUERY.has(order.provider)) return true;
    counts.unverifiable += 1;
    return false;
  });
  const answers = await mapConcurrent(askable, concurrency, async (order) => {
    if (order.totalAmount === 0) return { order, answer: null, failed: false };
    try {
      return { order, answer: await adapter(order.provider).queryPayment(order.reference, order.providerCheckoutId), failed: false };
    } catch (error) {
      log.warn("commerce.reconcile_query_failed", { orderId: order.id, provider: order.provider, ...describeError(error) });
      return { order, answer: null, failed: true };
    }
  });
  const out: Checked[] = [];
  for (const { order, answer, failed } of answers) {
    if (failed) {
      counts.query_failed += 1;
      items.push(itemOf("query_failed", { order, reference: order.reference, provider: order.provider, theirs: null, answer: null }));
      continue;
    }
    out.push({ order, reference: order.reference, provider: order.provider, theirs: answer ? fromQuery(answer) : null, answer });
  }
  return out;
}

/** In demo mode the verified answer is asked for now, through the sandbox adapter (its signed status answer). */
async function repair(order: OurOrder, answer: PaymentResult | null, adapter: (name: ProviderName) => PaymentProviderAdapter, mode: ReconciliationMode, now: Date) {
  try {
    const verified = mode === "live" ? answer : await adapter(order.provider).queryPayment(order.reference, order.providerCheckoutId);
    const outcome = await repairMissingPayment(order, verified, now);
    if (outcome === "applied") log.warn("commerce.reconcile_repaired", { orderId: order.id, provider: order.provider });
    return outcome;
  } catch (error) {
    log.error("commerce.reconcile_repair_failed", { orderId: order.id, provider: order.provider, ...describeError(error) });
    return "failed" as const;
  }
}

function itemOf(kind: ReconciliationItem["kind"], entry: Checked): ReconciliationItem {
  const { order, theirs } = entry;
  return {
    kind,
    orderId: order?.id ?? null,
    reference: entry.reference,
    provider: entry.provider,
    orderStatus: order?.status ?? null,
    orderAmount: order?.totalAmount ?? null,
    providerStatus: theirs?.status ?? null,
    providerAmount: theirs && Number.isFinite(theirs.amount) ? theirs.amount : null,
    currency: order?.currency ?? theirs?.currency ?? "MMK",
    transactionId: theirs?.transactionId ?? null,
  };
}
