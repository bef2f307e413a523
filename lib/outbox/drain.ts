import "server-only";
import { describeError, log, withLogContext } from "@/lib/log";
import { claimDueJobs, type ClaimedJob } from "./claim";
import { failureCode, settleDelivered, settleJob, type Settlement } from "./settle";
import { RetryLater, type OutboxBatchHandler, type OutboxHandlers } from "./types";

/** A round of 500 is one full FCM `sendEach`; the lease outlasts the slowest round by far. */
export const DEFAULT_BATCH = 500;
export const DEFAULT_LEASE_MS = 5 * 60_000;

export type DrainOptions = {
  /** kind → handler; the registry (lib/outbox/handlers.ts) in the worker, a test's own table in tests. */
  handlers: OutboxHandlers;
  /** Rows claimed per round (default 500: one full FCM sendEach). */
  limit?: number;
  /** A claim older than this is taken over by another worker (default 5 minutes). */
  leaseMs?: number;
  /** Rows of single-row kinds handled at the same time (default 8). */
  concurrency?: number;
  now?: Date;
};

export type DrainCounts = { claimed: number; delivered: number; retried: number; dead: number; lost: number };

/**
 * One round of the outbox worker: claims due rows, runs each kind's handler (a batch handler once
 * for all its rows), and settles every row. A handler that throws fails only its own rows; a kind
 * without a handler (a newer release wrote it) is retried later, so an older worker leaves it for a
 * newer one. Returns counts for the log: no ids, kinds or payloads.
 */
export async function drainOutbox(options: DrainOptions): Promise<DrainCounts> {
  const now = options.now ?? new Date();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  // A handler still running at half the lease is given up (retried later), well before another
  // worker could take its rows over: the same effect never runs in two workers at once.
  const timeoutMs = Math.floor(leaseMs / 2);
  const jobs = await claimDueJobs(options.limit ?? DEFAULT_BATCH, leaseMs, now);
  const counts: DrainCounts = { claimed: jobs.length, delivered: 0, retried: 0, dead: 0, lost: 0 };
  if (jobs.length === 0) return counts;

  const byKind = new Map<string, ClaimedJob[]>();
  for (const job of jobs) {
    const group = byKind.get(job.kind);
    if (group) group.push(job);
    else byKind.set(job.kind, [job]);
  }

  // Every row's outcome first; then the done ones settled together, the failed ones one by one.
  const results: Array<{ kind: string; job: ClaimedJob; error: Error | undefined }> = [];
  for (const [kind, group] of byKind) {
    const handler = options.handlers[kind];
    let errors: Array<Error | undefined>;
    if (!handler) errors = group.map(() => new RetryLater("no_handler"));
    // Each row's handler runs in a log context (ADR 0046): its lines carry the row's id and kind.
    else if (typeof handler === "function") errors = await runPool(group, options.concurrency ?? 8, (job) => withLogContext({ outboxId: job.id, outboxKind: kind }, () => guard(() => withTimeout(handler(job), timeoutMs))));
    else errors = await withLogContext({ outboxKind: kind }, () => runBatch(group, (batch) => withTimeout(handler.batch(batch), timeoutMs)));
    group.forEach((job, i) => results.push({ kind, job, error: errors[i] }));
  }
  const done = results.filter((r) => !r.error).map((r) => r.job);
  const held = await settleDelivered(done, new Date());
  counts.delivered += held;
  counts.lost += done.length - held;
  if (done.length > held) log.warn("outbox.claim_lost", { rows: done.length - held });
  const failed = results.filter((r) => r.error);
  const settled = await Promise.all(
    failed.map(async ({ kind, job, error }) => {
      const result = await settleJob(job, error, new Date());
      withLogContext({ outboxId: job.id, outboxKind: kind }, () => report(kind, job, error, result));
      return result;
    }),
  );
  for (const result of settled) counts[result] += 1;
  return counts;
}

/** A batch handler's outcomes; if it throws, or answers for the wrong number of rows, every row failed. */
async function runBatch(group: ClaimedJob[], batch: OutboxBatchHandler): Promise<Array<Error | undefined>> {
  try {
    const outcomes = await batch(group);
    if (outcomes.length === group.length) return outcomes;
    return group.map(() => new RetryLater("batch_result_mismatch"));
  } catch (error) {
    const failure = error instanceof Error ? error : new Error("non_error_thrown");
    return group.map(() => failure);
  }
}

/** Runs `work` and returns its error instead of throwing (a non-Error throw becomes one). */
async function guard(work: () => Promise<unknown>): Promise<Error | undefined> {
  try {
    await work();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error("non_error_thrown");
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RetryLater("timeout")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Runs `work` over `items` with at most `size` at a time; returns one outcome per item, in order. */
async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<Error | undefined>): Promise<Array<Error | undefined>> {
  const results: Array<Error | undefined> = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

function report(kind: string, job: ClaimedJob, error: Error | undefined, result: Settlement) {
  if (result === "lost") return log.warn("outbox.claim_lost", { kind, attempts: job.attempts });
  if (!error) return;
  const entry = { kind, attempts: job.attempts, result, errorCode: failureCode(error) };
  if (result === "dead") log.error("outbox.dead", entry);
  else log.warn("outbox.retry", { ...entry, ...(error instanceof RetryLater ? {} : describeError(error)) });
}
