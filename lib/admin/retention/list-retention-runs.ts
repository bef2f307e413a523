import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertPlatformAdmin } from "../operator";

export type RetentionRunRow = {
  id: string;
  rule: string;
  cutoff: string;
  startedAt: string;
  finishedAt: string | null;
  /** Null while the run is still going (or died without finishing). */
  durationMs: number | null;
  deletedCount: number;
  error: string | null;
};

/** The history of retention pruning (policy S7, C5, M4), newest first: proof the schedule runs. */
export async function listRetentionRuns(actor: Actor | null, limit = 200): Promise<RetentionRunRow[]> {
  assertPlatformAdmin(actor);
  const rows = await db.retentionRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map((row) => ({
    id: row.id,
    rule: row.job,
    cutoff: row.cutoff.toISOString(),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
    deletedCount: row.deletedCount,
    error: row.error,
  }));
}
