import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { backoffMs, MAX_ATTEMPTS } from "./backoff";
import type { ClaimedJob } from "./claim";
import { PermanentFailure, RetryLater } from "./types";

/** What became of one claimed row. */
/** "lost": another worker took the row over after this one overran its lease; nothing was written. */
export type Settlement = "delivered" | "retried" | "dead" | "lost";

/** A short, log-safe code for a failure: ours when typed, else the error's class (never its message). */
export function failureCode(error: Error): string {
  if (error instanceof RetryLater || error instanceof PermanentFailure) return error.code.slice(0, 200);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name}:${code}`.slice(0, 200) : error.name;
}

/**
 * Records a row's outcome, only while this worker still holds the claim (`locked_at` unchanged):
 * a worker that overran its lease and lost the row to another cannot overwrite that one's result.
 * Done → DELIVERED. A passing failure → PENDING again after the backoff (or the provider's own
 * `afterMs`), until MAX_ATTEMPTS tries → DEAD. A permanent failure → FAILED at once. Both DEAD and
 * FAILED rows wait in the dead letters for the operator (lib/outbox/dead-letters.ts).
 */
export async function settleJob(job: ClaimedJob, error: Error | undefined, now: Date): Promise<Settlement> {
  const claim = { id: job.id, status: "PROCESSING" as const, lockedAt: job.lockedAt };
  const update = async (data: Prisma.OutboxMessageUpdateManyMutationInput, result: Settlement): Promise<Settlement> =>
    (await db.outboxMessage.updateMany({ where: claim, data })).count === 1 ? result : "lost";
  // A delivered row keeps its kind and key (the key stops a repeat) but not its payload: a Telegram
  // id or a notification text has no reason to outlive its effect (policy S1.3).
  if (!error) return update({ status: "DELIVERED", deliveredAt: now, lockedAt: null, lastError: null, payload: {} }, "delivered");
  const code = failureCode(error);
  if (error instanceof PermanentFailure) return update({ status: "FAILED", lockedAt: null, lastError: code }, "dead");
  if (job.attempts >= MAX_ATTEMPTS) return update({ status: "DEAD", lockedAt: null, lastError: code }, "dead");
  const waitMs = error instanceof RetryLater && error.afterMs !== undefined ? Math.max(error.afterMs, 1_000) : backoffMs(job.attempts);
  return update({ status: "PENDING", lockedAt: null, lastError: code, nextAttemptAt: new Date(now.getTime() + waitMs) }, "retried");
}

/**
 * Marks many rows of one claim DELIVERED in one statement (a round of 500 pushes is one UPDATE, not
 * 500). Rows no longer held by this claim are left alone; returns how many were still held.
 */
export async function settleDelivered(jobs: readonly ClaimedJob[], now: Date): Promise<number> {
  if (jobs.length === 0) return 0;
  const byClaim = new Map<number, string[]>();
  for (const job of jobs) {
    const ids = byClaim.get(job.lockedAt.getTime());
    if (ids) ids.push(job.id);
    else byClaim.set(job.lockedAt.getTime(), [job.id]);
  }
  let held = 0;
  for (const [lockedAt, ids] of byClaim) {
    const { count } = await db.outboxMessage.updateMany({
      where: { id: { in: ids }, status: "PROCESSING", lockedAt: new Date(lockedAt) },
      data: { status: "DELIVERED", deliveredAt: now, lockedAt: null, lastError: null, payload: {} },
    });
    held += count;
  }
  return held;
}
