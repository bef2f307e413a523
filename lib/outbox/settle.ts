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
