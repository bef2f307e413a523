import "server-only";
import { pruneReconciliationRuns } from "@/lib/commerce/reconciliation/prune-runs";
import { reconcile } from "@/lib/commerce/reconciliation/reconcile";
import type { JobCounts } from "./types";

/**
 * `commerce.reconcile`: compares the providers' records with our orders and ledger over the last
 * 7 days, repairs confirmed payments we missed, stores the report, and prunes old reports.
 */
export async function reconcileJob(now = new Date()): Promise<JobCounts> {
  const report = await reconcile({ now });
  const pruned = await pruneReconciliationRuns(now);
  return { ...report.counts, pruned };
}
