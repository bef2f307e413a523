import "server-only";
import { db } from "@/lib/db";
import type { JobCounts } from "@/lib/jobs/types";
import { sendNextBatch } from "./deliver-announcement";

/** Announcements claimed per run; the rest wait for the next minute. */
const CLAIM_LIMIT = 100;
/** How long one run keeps sending (the job expires after 10 minutes). */
const SEND_BUDGET_MS = 5 * 60_000;

/**
 * The due sender (`notifications.send-announcements`, every minute): claims the scheduled
 * announcements whose time has come (SCHEDULED → SENDING, rows locked with SKIP LOCKED so two
 * concurrent runs claim disjoint sets), then sends the SENDING ones batch by batch — those just
 * claimed, a "send now" left unfinished by its request, a run interrupted mid-way (it resumes
 * after its cursor). Each batch locks its row with SKIP LOCKED, so each student is notified once
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
  // Batch after batch of whichever SENDING announcement is free, within a time budget well under
  // the job's expiry: a huge course goes on in the next minute's run, from its cursor.
  const deadline = performance.now() + SEND_BUDGET_MS;
  while (performance.now() < deadline) {
    const step = await sendNextBatch(now);
    if (step.state === "none") break;
    if (step.state === "done") {
      sent++;
      recipients += step.recipients;
    }
  }
  return { claimed, sent, recipients };
}
