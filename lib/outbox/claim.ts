import "server-only";
import { db } from "@/lib/db";
import type { OutboxJob } from "./types";

export type ClaimedJob = OutboxJob & {
  /** The claim's fencing token: a worker settles a row only while it still holds this claim. */
  lockedAt: Date;
};

type Row = { id: string; kind: string; payload: unknown; idempotency_key: string; attempts: number; locked_at: Date };

/**
 * Takes up to `limit` due rows for this worker: PENDING rows whose time has come, and PROCESSING
 * rows whose claim is older than `leaseMs` (their worker died mid-batch). `FOR UPDATE SKIP LOCKED`
 * lets any number of workers claim at once without waiting on, or taking, each other's rows. The
 * claim counts as a try, so a row that crashes its worker every time still ends in the dead letters.
 */
export async function claimDueJobs(limit: number, leaseMs: number, now: Date): Promise<ClaimedJob[]> {
  const staleBefore = new Date(now.getTime() - leaseMs);
  const rows = await db.$queryRaw<Row[]>`
    UPDATE outbox_messages AS o
       SET status = 'PROCESSING', locked_at = ${now}, attempts = o.attempts + 1, updated_at = ${now}
      FROM (
        SELECT id FROM outbox_messages
         WHERE (status = 'PENDING' AND next_attempt_at <= ${now})
            OR (status = 'PROCESSING' AND locked_at < ${staleBefore})
         ORDER BY next_attempt_at, id
         LIMIT ${limit}
         FOR UPDATE SKIP LOCKED
      ) AS due
     WHERE o.id = due.id
    RETURNING o.id, o.kind, o.payload, o.idempotency_key, o.attempts, o.locked_at`;
  return rows
    .map((row) => ({ id: row.id, kind: row.kind, payload: row.payload, idempotencyKey: row.idempotency_key, attempts: row.attempts, lockedAt: row.locked_at }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
