/**
 * How long each category of data is kept, in days (policy S7, C5, M4; ADR 0036). The single source
 * for the retention job (lib/retention/rules.ts), the env overrides (`RETENTION_<NAME>_DAYS`, parsed
 * in lib/config/parse-env.ts) and the table on the privacy page (components/privacy/retention-periods.tsx).
 * Pure data, no server-only: parse-env imports it too.
 */
export const RETENTION_DEFAULT_DAYS = {
  /** The notification delivery log: long enough to answer "did you send me…?". */
  NOTIFICATION_DELIVERIES: 180,
  /** Items in a person's notification inbox. */
  NOTIFICATIONS: 365,
  /** App usage events: 13 months, so a year can be compared with the year before. */
  USAGE_EVENTS: 395,
  /** Web and mobile sessions (device, IP), and their refresh tokens, counted from when they ended. */
  SESSIONS: 90,
  /** IP address, user agent and device details on activity records; the record itself stays. */
  ACTIVITY_NETWORK: 365,
  /** Activity records (who did what, when) for security and troubleshooting. */
  ACTIVITY_LOGS: 730,
  /** Sign-in code challenges (destination, IP), counted from expiry. */
  OTP_CHALLENGES: 1,
  /** Rate-limit counters (keyed by IP or destination), counted from expiry. */
  RATE_LIMIT_BUCKETS: 1,
  /** Messenger chatbot messages and receipts, and conversations idle this long (M4). */
  MESSENGER: 180,
  /** Delivered outbox rows: their effect is done; the delivery log tells the story. */
  OUTBOX_DELIVERED: 30,
  /** Failed or dead outbox rows, left for the operator. */
  OUTBOX_PARKED: 90,
  /** The development outbox (demo mode only). */
  DEV_MESSAGES: 7,
} as const;

export type RetentionPeriod = keyof typeof RETENTION_DEFAULT_DAYS;
export type RetentionEnvName = `RETENTION_${RetentionPeriod}_DAYS`;

export const RETENTION_PERIODS = Object.keys(RETENTION_DEFAULT_DAYS) as RetentionPeriod[];

export const retentionEnvName = (period: RetentionPeriod): RetentionEnvName => `RETENTION_${period}_DAYS`;

/** Longest accepted override: ten years. A longer one is almost certainly a typo. */
export const RETENTION_MAX_DAYS = 3650;

/** The period in force: the env override when set, the default otherwise. */
export function resolveRetentionDays(overrides: Partial<Record<RetentionEnvName, number | undefined>>): Record<RetentionPeriod, number> {
  return Object.fromEntries(RETENTION_PERIODS.map((p) => [p, overrides[retentionEnvName(p)] ?? RETENTION_DEFAULT_DAYS[p]])) as Record<RetentionPeriod, number>;
}
