import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RetentionPeriod } from "./periods";

/**
 * One retention rule (ADR 0036): rows of `table` past the cutoff (now minus the rule's period) are
 * deleted, or, with `blank`, have the listed columns set to NULL while the row stays.
 */
export type RetentionRule = {
  /** Recorded in retention_runs.job and used as the key of the job's counts. */
  name: string;
  period: RetentionPeriod;
  /** A fixed table name from code (never input). */
  table: string;
  /** SQL condition selecting the rows past their period, given the cutoff. */
  due: (cutoff: Date) => Prisma.Sql;
  /** Columns to clear instead of deleting the row. */
  blank?: readonly string[];
};

/** Payment records are retained (policy S4, S7): no rule may ever name these tables. */
export const PROTECTED_TABLES = ["orders", "payments", "refunds", "ledger_entries", "provider_events", "coupon_redemptions", "center_payouts", "enrollments"] as const;

const olderThan = (column: string) => (cutoff: Date) => Prisma.sql`${Prisma.raw(column)} < ${cutoff}`;
/** A session ends when it is revoked or expires; its device and IP details go `days` after that. */
const sessionEnded = (expiresColumn: string) => (cutoff: Date) => Prisma.sql`(${Prisma.raw(expiresColumn)} < ${cutoff} OR revoked_at < ${cutoff})`;
const ACTIVITY_NETWORK_COLUMNS = ["ip", "user_agent", "device_type", "os", "browser"] as const;

/** Every rule, in the order the job applies them (children before parents where both have rules). */
export const RETENTION_RULES: readonly RetentionRule[] = [
  { name: "notification_deliveries", period: "NOTIFICATION_DELIVERIES", table: "notification_deliveries", due: olderThan("created_at") },
  { name: "notifications", period: "NOTIFICATIONS", table: "notifications", due: olderThan("created_at") },
  // `at` is the client's time, accepted only within the last 7 days (usage-event-schema.ts), and indexed.
  { name: "usage_events", period: "USAGE_EVENTS", table: "usage_events", due: olderThan("at") },
  // Refresh tokens long expired, also in families still alive (each rotation leaves one behind).
  { name: "refresh_tokens", period: "SESSIONS", table: "refresh_tokens", due: olderThan("expires_at") },
  // Deleting a mobile session removes its refresh tokens and device tokens by cascade.
  { name: "mobile_sessions", period: "SESSIONS", table: "mobile_sessions", due: sessionEnded("expires_at") },
  { name: "web_sessions", period: "SESSIONS", table: "sessions", due: sessionEnded("expires") },
  {
    name: "activity_network",
    period: "ACTIVITY_NETWORK",
    table: "activity_logs",
    blank: ACTIVITY_NETWORK_COLUMNS,
    due: (cutoff) => Prisma.sql`created_at < ${cutoff} AND (${Prisma.join(ACTIVITY_NETWORK_COLUMNS.map((c) => Prisma.sql`${Prisma.raw(c)} IS NOT NULL`), " OR ")})`,
  },
  { name: "activity_logs", period: "ACTIVITY_LOGS", table: "activity_logs", due: olderThan("created_at") },
  { name: "otp_challenges", period: "OTP_CHALLENGES", table: "otp_challenges", due: olderThan("expires_at") },
  { name: "rate_limit_buckets", period: "RATE_LIMIT_BUCKETS", table: "rate_limit_buckets", due: olderThan("expires_at") },
  { name: "messenger_messages", period: "MESSENGER", table: "messenger_messages", due: olderThan("created_at") },
  { name: "messenger_events", period: "MESSENGER", table: "messenger_events", due: olderThan("received_at") },
  // Idle conversations (ADR 0032); their support requests go with them by cascade.
  { name: "messenger_conversations", period: "MESSENGER", table: "messenger_conversations", due: olderThan("last_activity_at") },
  { name: "outbox_delivered", period: "OUTBOX_DELIVERED", table: "outbox_messages", due: (cutoff) => Prisma.sql`status = 'DELIVERED' AND delivered_at < ${cutoff}` },
  { name: "outbox_parked", period: "OUTBOX_PARKED", table: "outbox_messages", due: (cutoff) => Prisma.sql`status IN ('FAILED', 'DEAD') AND updated_at < ${cutoff}` },
  { name: "dev_messages", period: "DEV_MESSAGES", table: "dev_messages", due: olderThan("created_at") },
];
