import "server-only";
import { db, type Tx } from "@/lib/db";
import { fanOutAnnouncement, type FanOutAnnouncement } from "./fan-out";

// A fan-out of a large course writes thousands of rows: more than Prisma's 5 s default allows.
const FAN_OUT_TRANSACTION = { maxWait: 10_000, timeout: 5 * 60_000 };

// Both senders below lock a SENDING row and fan it out in ONE transaction with its move to SENT:
// every recipient gets it or nobody does, so an interrupted send stays SENDING with nothing
// written, and is simply done again by the next due-sender run (ADR 0022).

/**
 * Sends one SENDING announcement (the composer's "send now"), waiting if a worker holds it.
 * Returns the recipient count, or null when it was no longer SENDING (a worker sent it meanwhile).
 */
export async function deliverAnnouncement(announcementId: string, now: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    // The status is in the WHERE: after waiting for another sender's lock, PostgreSQL re-checks it
    // against the committed row, so a row that became SENT meanwhile is not returned.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM course_announcements WHERE id = ${announcementId}::uuid AND status = 'SENDING' FOR UPDATE`;
    return rows[0] ? send(tx, rows[0].id, now) : null;
  }, FAN_OUT_TRANSACTION);
}

/**
 * Sends the oldest SENDING announcement that no other transaction is sending (SKIP LOCKED: two
 * workers never take the same one). Returns its recipient count, or null when none is left.
 */
export async function deliverNextSending(now: Date): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM course_announcements WHERE status = 'SENDING'
      ORDER BY scheduled_for NULLS FIRST, created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0] ? send(tx, rows[0].id, now) : null;
  }, FAN_OUT_TRANSACTION);
}

async function send(tx: Tx, id: string, now: Date): Promise<number> {
  const announcement: FanOutAnnouncement = await tx.courseAnnouncement.findUniqueOrThrow({
    where: { id },
    select: { id: true, centerId: true, courseId: true, titleEn: true, titleMy: true, bodyEn: true, bodyMy: true, channels: true },
  });
  const recipients = await fanOutAnnouncement(tx, announcement, now);
  await tx.courseAnnouncement.update({ where: { id }, data: { status: "SENT", sentAt: now, recipientCount: recipients } });
  return recipients;
}
