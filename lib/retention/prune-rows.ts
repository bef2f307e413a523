import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** One retention rule: rows of `table` matching `olderThan(cutoff)` are deleted once `days` old. */
export type PruneRule = {
  /** Recorded in retention_runs, e.g. "notification_deliveries". */
  name: string;
  /** A fixed table name from code (never input). */
  table: string;
  /** SQL condition on the row's age (and state), given the cutoff. */
  olderThan: (cutoff: Date) => Prisma.Sql;
  days: number;
};

const BATCH = 5_000;

/**
 * Applies one rule in batches of 5,000 rows (short transactions: no long lock on a busy table,
 * and a crash loses at most one batch's progress), recording the run in `retention_runs`.
 * Returns the number of rows deleted.
 */
export async function pruneRows(rule: PruneRule, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - rule.days * 86_400_000);
  const run = await db.retentionRun.create({ data: { job: rule.name, cutoff } });
  let deleted = 0;
  try {
    for (;;) {
      const table = Prisma.raw(`"${rule.table}"`);
      const count = await db.$executeRaw`DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE ${rule.olderThan(cutoff)} LIMIT ${BATCH})`;
      deleted += count;
      if (count < BATCH) break;
    }
    await db.retentionRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), deletedCount: deleted } });
    return deleted;
  } catch (error) {
    await db.retentionRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), deletedCount: deleted, error: error instanceof Error ? error.name : "error" } });
    throw error;
  }
}
