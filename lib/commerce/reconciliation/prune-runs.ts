import "server-only";
import { db } from "@/lib/db";

/** Reports are kept this long (one every 10 minutes is ~4,300 a month). */
export const RUN_RETENTION_DAYS = 30;

/** Deletes reconciliation reports older than the retention; returns how many. */
export async function pruneReconciliationRuns(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - RUN_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.reconciliationRun.deleteMany({ where: { startedAt: { lt: before } } });
  return count;
}
