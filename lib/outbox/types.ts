/** One outbox row as a handler sees it: the payload is untrusted JSON (parse it with zod). */
export type OutboxJob = {
  id: string;
  kind: string;
  payload: unknown;
  /** Unique per effect: pass it on to a provider that deduplicates, or check it before acting. */
  idempotencyKey: string;
  /** 1 on the first try (counted when the row is claimed). */
  attempts: number;
};

/**
 * Performs one side effect. Resolves when it is done (or nothing is left to do: a handler must be
 * safe to run again for the same row, since a crash after the effect and before the row is marked
 * delivered repeats it). Throws `RetryLater` for a passing failure, `PermanentFailure` for one that
 * no retry can fix; any other error is treated as passing.
 */
export type OutboxHandler = (job: OutboxJob) => Promise<void>;

/** A failure worth retrying (network, 429, 5xx): the row comes back after a backoff, or `afterMs`. */
export class RetryLater extends Error {
  constructor(
    /** A short code for the log and the dead-letter view; never personal data. */
    readonly code: string,
    readonly afterMs?: number,
  ) {
    super(`retry later: ${code}`);
    this.name = "RetryLater";
  }
}

/** A failure no retry can fix (bad payload, rejected by the provider): the row goes to the dead letters at once. */
export class PermanentFailure extends Error {
  constructor(readonly code: string) {
    super(`permanent failure: ${code}`);
    this.name = "PermanentFailure";
  }
}

/**
 * Performs the effects of many rows of one kind at once (e.g. push through `sendEach`). Returns
 * one outcome per job, in order: `undefined` when done, or the error for that job alone
 * (`RetryLater` / `PermanentFailure` / other).
 */
export type OutboxBatchHandler = (jobs: readonly OutboxJob[]) => Promise<Array<Error | undefined>>;

/** The worker's table: by kind, a handler for one row at a time or for a batch. */
export type OutboxHandlers = Readonly<Record<string, OutboxHandler | { batch: OutboxBatchHandler }>>;
