import "server-only";
import { env, isDemo } from "@/lib/env";
import { resolveRetentionDays, type RetentionPeriod } from "./periods";

/** Every period in force (defaults, or `RETENTION_<NAME>_DAYS` overrides): what the job applies and the privacy page shows. */
export function retentionDays(): Record<RetentionPeriod, number> {
  return resolveRetentionDays(env());
}

/** The categories a person sees on the privacy page, in order; the development outbox exists only in demo mode. */
export function publishedRetentionPeriods(): RetentionPeriod[] {
  const shown: RetentionPeriod[] = ["NOTIFICATIONS", "NOTIFICATION_DELIVERIES", "USAGE_EVENTS", "SESSIONS", "ACTIVITY_NETWORK", "ACTIVITY_LOGS", "OTP_CHALLENGES", "RATE_LIMIT_BUCKETS", "MESSENGER", "OUTBOX_DELIVERED", "OUTBOX_PARKED"];
  return isDemo() ? [...shown, "DEV_MESSAGES"] : shown;
}
