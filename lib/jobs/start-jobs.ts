import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import { JOBS } from "./registry";
import { runJob } from "./run-job";
import { withJobSetupLock } from "./setup-lock";
import type { JobDefinition } from "./types";

/** pg-boss keeps its tables in a schema of its own, which Prisma's migrations never look at. */
export const JOBS_SCHEMA = "pgboss";

export type StartJobsOptions = {
  /** DATABASE_URL by default. */
  connectionString?: string;
  /** The registry by default; tests pass their own. */
  jobs?: readonly JobDefinition[];
  /** Fire the cron schedules from this process (default true). Tests turn it off and send jobs themselves. */
  cron?: boolean;
  /** How often an idle worker asks for work (seconds; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
};

export type Jobs = {
  boss: PgBoss;
  /** Stops taking work, waits up to `timeoutMs` for running jobs (then fails them for a retry elsewhere), closes the pool. */
  stop(timeoutMs?: number): Promise<void>;
};

/**
 * Starts pg-boss on the app's database (schema `pgboss`, created and migrated by pg-boss itself)
 * and registers every job: its queue (policy `stately`: at most one waiting and one running run,
 * across all instances), its worker in this process, and its cron schedule in UTC. pg-boss's
 * clock lets only one instance per minute turn schedules into jobs, so several instances never
 * run a schedule twice (ADR 0017). Schedules whose job left the registry are removed.
 */
export async function startJobs(options: StartJobsOptions = {}): Promise<Jobs> {
  const jobs = options.jobs ?? JOBS;
  const connectionString = options.connectionString ?? env().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`");
  const boss = new PgBoss({
    connectionString,
    schema: JOBS_SCHEMA,
    application_name: "mmso-jobs",
    max: 4,
    schedule: options.cron ?? true,
  });
  // Without a listener an EventEmitter "error" would crash the process; pg-boss retries on its own.
  boss.on("error", (error) => log.warn("jobs.error", describeError(error)));
  await boss.start();

  const names = new Set(jobs.map((job) => job.name));
  await withJobSetupLock(connectionString, async () => {
    for (const job of jobs) {
      const queue = {
        name: job.name,
        policy: "stately" as const,
        retryLimit: job.retry.limit,
        retryDelay: job.retry.delaySeconds,
        retryBackoff: job.retry.backoff,
        expireInSeconds: job.expireInSeconds,
      };
      // createQueue leaves an existing queue as it was: updateQueue brings its options up to date.
      await boss.createQueue(job.name, queue);
      await boss.updateQueue(job.name, queue);
      await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5, batchSize: 1 }, ([run]) => runJob(job, new Date(), run?.id));
      await boss.schedule(job.name, (job.cronEnv && env()[job.cronEnv]) || job.cron, {}, { tz: "UTC" });
    }
    for (const schedule of await boss.getSchedules()) {
      if (!names.has(schedule.name)) await boss.unschedule(schedule.name);
    }
  });
  log.info("jobs.started", { jobs: [...names] });

  let stopping: Promise<void> | undefined;
  return {
    boss,
    stop(timeoutMs = 10_000) {
      stopping ??= boss.stop({ graceful: true, wait: true, timeout: timeoutMs }).then(() => log.info("jobs.stopped", {}));
      return stopping;
    },
  };
}
