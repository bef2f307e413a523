import "server-only";
import { db } from "@/lib/db";
import type { JobCounts } from "@/lib/jobs/types";
import { deliverNextSending } from "./deliver-announcement";

/** Announcements claimed per run; the rest wait for the next minute. */
const CLAIM_LIMIT = 100;

/**
 * The due sender (`notifications.send-announcements`, every minute): claims the scheduled
 * announcements whose time has come (SCHEDULED → SENDING, rows locked with SKIP LOCKED so two
 * concurrent runs claim disjoint sets), then sends every SENDING one — those just claimed, a
 * "send now" whose request died before its fan-out, a run interrupted mid-way. Each fan-out locks
 * its row with SKIP LOCKED and re-checks the status, so each announcement is sent exactly once
 * however many runs overlap (ADR 0022).
 */
export async function sendDueAnnouncements(now: Date): Promise<JobCounts> {
  const claimed = await db.$executeRaw`
    UPDATE course_announcements SET status = 'SENDING'
    WHERE id IN (
      SELECT id FROM course_announcements
      WHERE status = 'SCHEDULED' AND scheduled_for <= ${now}
      ORDER BY scheduled_for LIMIT ${CLAIM_LIMIT} FOR UPDATE SKIP LOCKED
    )`;
  let sent = 0;
  let recipients = 0;
  // Bounded: one run never loops for ever if announcements keep arriving.
  for (let round = 0; round < CLAIM_LIMIT * 2; round++) {
    const count = await deliverNextSending(now);
    if (count === null) break;
    sent++;
    recipients += count;
  }
  return { claimed, sent, recipients };
}
