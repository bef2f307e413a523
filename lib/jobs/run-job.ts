import "server-only";
import { describeError, log, newRequestId, withLogContext } from "@/lib/log";
import type { JobCounts, JobDefinition } from "./types";

/**
 * Runs one job and logs its name, duration and counts. A failure is logged by kind and code only
 * and rethrown as a bare error (pg-boss stores a failed job's error, and an error's message can
 * carry data), so that pg-boss retries it. Every line logged during the run carries `jobId` (pg-boss's
 * id for the run when given) and `job`.
 */
export function runJob(job: Pick<JobDefinition, "name" | "handler">, now = new Date(), jobId = newRequestId()): Promise<JobCounts> {
  return withLogContext({ jobId, job: job.name }, () => run(job, now));
}

async function run(job: Pick<JobDefinition, "name" | "handler">, now: Date): Promise<JobCounts> {
  const started = performance.now();
  try {
    const counts = await job.handler(now);
    log.info("jobs.run", { job: job.name, durationMs: Math.round(performance.now() - started), ...counts });
    return counts;
  } catch (error) {
    const described = describeError(error);
    log.error("jobs.failed", { job: job.name, durationMs: Math.round(performance.now() - started), ...described });
    throw new Error(`${job.name} failed: ${String(described.error)}${described.errorCode ? ` ${String(described.errorCode)}` : ""}`);
  }
}
