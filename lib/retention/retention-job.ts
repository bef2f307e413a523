import "server-only";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import type { RetentionPeriod } from "./periods";
import { pruneRows, type BatchOptions } from "./prune-rows";
import { retentionDays } from "./retention-days";
import { RETENTION_RULES, type RetentionRule } from "./rules";

const DAY_MS = 86_400_000;

export type RetentionOptions = Partial<BatchOptions> & {
  /** The rules to apply (default: all of them). */
  rules?: readonly RetentionRule[];
  /** Periods in days (default: the configuration, env overrides included). */
  days?: Record<RetentionPeriod, number>;
};

/** One or more rules failed; the others ran. pg-boss retries the job (every rule is safe to repeat). */
export class RetentionError extends Error {
  constructor(public readonly failed: string[]) {
    super(`Retention rules failed: ${failed.join(", ")}`);
    this.name = "RetentionError";
  }
}

export const cutoffFor = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/**
 * Applies every retention rule (policy S7, C5, M4; ADR 0036), each recorded in retention_runs.
 * A failing rule does not stop the others; the job then fails so pg-boss retries it.
 * Returns the rows deleted (or blanked) per rule, for the job log.
 */
export async function runRetention(now: Date = new Date(), options: RetentionOptions = {}): Promise<Record<string, number>> {
  const days = options.days ?? retentionDays();
  const batch: BatchOptions = { batchSize: options.batchSize ?? env().RETENTION_BATCH_SIZE, pauseMs: options.pauseMs ?? env().RETENTION_BATCH_PAUSE_MS };
  const counts: Record<string, number> = {};
  const failed: string[] = [];
  for (const rule of options.rules ?? RETENTION_RULES) {
    try {
      counts[rule.name] = await pruneRows(rule, cutoffFor(now, days[rule.period]), batch);
    } catch (error) {
      failed.push(rule.name);
      log.error("retention.rule_failed", { rule: rule.name, ...describeError(error) });
    }
  }
  if (failed.length > 0) throw new RetentionError(failed);
  return counts;
}

/** The pg-boss handler of `privacy.retention` (lib/jobs/registry.ts). */
export const retentionJob = (now: Date) => runRetention(now);
