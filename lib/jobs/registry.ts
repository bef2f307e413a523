import "server-only";
import { sendDueAnnouncements } from "@/lib/notifications/announcements/send-due-announcements";
import { retentionJob } from "@/lib/retention/retention-job";
import { removeLapsedGroupMembers } from "@/lib/telegram/groups/lapsed-members";
import { expireOrdersJob } from "./expire-orders-job";
import { reconcileJob } from "./reconcile-job";
import type { JobDefinition } from "./types";

/**
 * Every scheduled job of the platform (ADR 0017). Each runs on one instance at a time however many
 * instances are up: pg-boss schedules are singletons and each queue is `stately` (start-jobs.ts).
 * Handlers must be safe to run twice (a retry after a crash mid-run repeats work already done).
 */
export const JOBS: readonly JobDefinition[] = [
  {
    name: "commerce.expire-orders",
    cron: "* * * * *",
    handler: expireOrdersJob,
    // The next minute's run catches up anyway: one quick retry is enough.
    retry: { limit: 1, delaySeconds: 15, backoff: false },
    expireInSeconds: 5 * 60,
  },
  {
    name: "commerce.reconcile",
    cron: "*/10 * * * *",
    handler: reconcileJob,
    retry: { limit: 2, delaySeconds: 60, backoff: true },
    expireInSeconds: 9 * 60,
  },
  {
    // Scheduled course announcements whose time has come (ADR 0022); safe to overlap or repeat.
    name: "notifications.send-announcements",
    cron: "* * * * *",
    handler: sendDueAnnouncements,
    retry: { limit: 1, delaySeconds: 15, backoff: false },
    expireInSeconds: 10 * 60,
  },
  {
    // Policy S7, C5, M4: every retention rule (ADR 0036), daily at 03:00 Myanmar time.
    name: "privacy.retention",
    cron: "30 20 * * *",
    cronEnv: "RETENTION_CRON",
    handler: retentionJob,
    retry: { limit: 2, delaySeconds: 300, backoff: true },
    expireInSeconds: 2 * 60 * 60,
  },
  {
    // Course-group members whose access ended (expiry has no event): queue their removal (ADR 0031).
    name: "telegram.remove-lapsed-members",
    cron: "*/15 * * * *",
    handler: removeLapsedGroupMembers,
    retry: { limit: 1, delaySeconds: 60, backoff: false },
    expireInSeconds: 10 * 60,
  },
];
