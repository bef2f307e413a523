import "server-only";
import { describeError, log } from "@/lib/log";
import { DEFAULT_BATCH, drainOutbox, type DrainCounts } from "./drain";
import type { OutboxHandlers } from "./types";

export type OutboxWorkerOptions = {
  handlers: OutboxHandlers;
  /** Rows per round (default DEFAULT_BATCH). */
  batchSize?: number;
  /** Pause after a round that found less than a full batch (default 1 s). */
  idleMs?: number;
  leaseMs?: number;
  concurrency?: number;
};

export type OutboxWorker = {
  /** Finishes the round in progress (its rows are settled), then stops. */
  stop(): Promise<void>;
  /** Totals since start, for the log and tests. */
  totals(): DrainCounts;
};

/**
 * The outbox worker's loop: drain a round; go again at once while rounds come back full (a
 * backlog), else wait `idleMs`. Any number of these can run, in one process or many, against the
 * same database: claims never overlap (SKIP LOCKED). A failed round (database down) is logged and
 * retried after a pause; the loop itself never dies of it.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const idleMs = options.idleMs ?? 1_000;
  const totals: DrainCounts = { claimed: 0, delivered: 0, retried: 0, dead: 0, lost: 0 };
  let stopping = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  const loop = (async () => {
    while (!stopping) {
      try {
        const counts = await drainOutbox({ handlers: options.handlers, limit: batchSize, leaseMs: options.leaseMs, concurrency: options.concurrency });
        for (const key of Object.keys(totals) as Array<keyof DrainCounts>) totals[key] += counts[key];
        if (counts.claimed > 0) log.info("outbox.round", { ...counts });
        if (counts.claimed < batchSize && !stopping) await pause(idleMs);
      } catch (error) {
        log.error("outbox.round_failed", describeError(error));
        if (!stopping) await pause(Math.max(idleMs, 5_000));
      }
    }
  })();
  log.info("outbox.started", { batchSize, idleMs });

  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      log.info("outbox.stopped", { ...totals });
    },
    totals: () => ({ ...totals }),
  };
}
