import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RetentionRule } from "./rules";

export type BatchOptions = {
  /** Rows per statement: each batch is its own short statement, so no lock is held for long. */
  batchSize: number;
  /** Pause between batches, leaving the database to API queries (ADR 0036). */
  pauseMs: number;
};

/**
 * Applies one rule in batches, recording the run in `retention_runs` (rule, cutoff, count, start,
 * finish, error code). Returns the number of rows deleted (or blanked). A crash loses at most the
 * batch in flight; the next run picks up what is left.
 */
export async function pruneRows(rule: RetentionRule, cutoff: Date, options: BatchOptions): Promise<number> {
  const run = await db.retentionRun.create({ data: { job: rule.name, cutoff } });
  let affected = 0;
  try {
    const step = rule.blank ? blankBatches(rule, cutoff, options.batchSize) : deleteBatches(rule, cutoff, options.batchSize);
    for await (const count of step) {
      affected += count;
      if (count < options.batchSize) break;
      if (options.pauseMs > 0) await sleep(options.pauseMs);
    }
    await db.retentionRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), deletedCount: affected } });
    return affected;
  } catch (error) {
    await db.retentionRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), deletedCount: affected, error: errorCode(error) } });
    throw error;
  }
}

async function* deleteBatches(rule: RetentionRule, cutoff: Date, batchSize: number): AsyncGenerator<number> {
  const table = Prisma.raw(`"${rule.table}"`);
  for (;;) yield await db.$executeRaw`DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE ${rule.due(cutoff)} LIMIT ${batchSize})`;
}

/** Keyset over the (time-ordered, uuid v7) id: rows already blanked are never scanned again. */
async function* blankBatches(rule: RetentionRule, cutoff: Date, batchSize: number): AsyncGenerator<number> {
  const table = Prisma.raw(`"${rule.table}"`);
  const set = Prisma.join((rule.blank ?? []).map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = NULL`));
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      WITH batch AS (SELECT id FROM ${table} WHERE id > ${after}::uuid AND ${rule.due(cutoff)} ORDER BY id LIMIT ${batchSize})
      UPDATE ${table} AS t SET ${set} FROM batch WHERE t.id = batch.id RETURNING t.id::text AS id`;
    if (rows.length > 0) after = rows.reduce((max, row) => (row.id > max ? row.id : max), after);
    yield rows.length;
  }
}

/** What retention_runs.error records: a code (Postgres SQLSTATE, Prisma code or error name), never a message with data. */
function errorCode(error: unknown): string {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    // Raw queries through the pg adapter carry the SQLSTATE (e.g. 57014, statement timeout) in the cause.
    const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
    const sqlState = meta?.driverAdapterError?.cause?.originalCode ?? meta?.code;
    return typeof sqlState === "string" ? `${error.code}:${sqlState}` : error.code;
  }
  return error instanceof Error ? error.name : "error";
}
