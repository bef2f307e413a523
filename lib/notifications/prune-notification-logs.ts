import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { pruneRows, type PruneRule } from "@/lib/retention/prune-rows";

/**
 * How long notification data is kept (policy S7: notification logs are pruned on a schedule):
 * - the delivery log, 180 days: long enough to answer "did you send me…?" and to see a channel's
 *   failure pattern, short enough that a person's channel history does not pile up;
 * - inbox items, 365 days;
 * - delivered outbox rows, 30 days (their effect is done; the delivery log tells the story). Failed
 *   and dead rows wait for the operator, at most 90 days;
 * - the development outbox (demo mode only), 7 days.
 */
export const NOTIFICATION_RETENTION: readonly PruneRule[] = [
  { name: "notification_deliveries", table: "notification_deliveries", days: 180, olderThan: (cutoff) => Prisma.sql`created_at < ${cutoff}` },
  { name: "notifications", table: "notifications", days: 365, olderThan: (cutoff) => Prisma.sql`created_at < ${cutoff}` },
  { name: "outbox_delivered", table: "outbox_messages", days: 30, olderThan: (cutoff) => Prisma.sql`status = 'DELIVERED' AND delivered_at < ${cutoff}` },
  { name: "outbox_parked", table: "outbox_messages", days: 90, olderThan: (cutoff) => Prisma.sql`status IN ('FAILED', 'DEAD') AND updated_at < ${cutoff}` },
  { name: "dev_messages", table: "dev_messages", days: 7, olderThan: (cutoff) => Prisma.sql`created_at < ${cutoff}` },
];

/** `notifications.prune-logs`: applies every rule above; counts per rule for the job log. */
export async function pruneNotificationLogs(now = new Date()): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const rule of NOTIFICATION_RETENTION) counts[rule.name] = await pruneRows(rule, now);
  return counts;
}
