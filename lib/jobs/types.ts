/** What a job reports for the log: counts only, never personal data. */
export type JobCounts = Record<string, number>;

/** One scheduled job of the registry (registry.ts). */
export type JobDefinition = {
  /** The pg-boss queue name, `<capability>.<verb>` (e.g. "commerce.expire-orders"). */
  name: string;
  /** When it runs: a five-field cron expression in UTC (pg-boss checks schedules each minute). */
  cron: string;
  /** An environment variable that may move the schedule (an operator's quiet hour); unset = `cron`. */
  cronEnv?: "RETENTION_CRON";
  /** The work itself: a plain lib/ function, testable without pg-boss, returning counts for the log. */
  handler: (now: Date) => Promise<JobCounts>;
  /** How pg-boss retries a failed run (delay in seconds, doubled each time with backoff). */
  retry: { limit: number; delaySeconds: number; backoff: boolean };
  /** A run still going after this long is failed (and retried): longer than the job ever needs. */
  expireInSeconds: number;
};
