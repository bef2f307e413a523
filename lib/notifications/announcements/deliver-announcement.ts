import "server-only";
import { db, type Tx } from "@/lib/db";
import { FAN_OUT_BATCH, fanOutBatch, type FanOutAnnouncement } from "./fan-out";

// One batch of 1,000 students per transaction: a course of 100,000 is 100 short transactions, not
// one that outlives any timeout. The row lock and the cursor make batches follow each other.
const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

type Step = { state: "none" } | { state: "more" | "done"; id: string; recipients: number };

// Each step locks a SENDING row, writes the batch after its `fan_out_cursor`, and moves the cursor
// (or, for the last batch, the row to SENT) in the same transaction (ADR 0022): a crash loses at
// most the batch in flight, which the next step writes again; two senders wait for each other on
// the row lock and each reads the other's cursor, so no student is notified twice.

/**
 * Sends one SENDING announcement (the composer's "send now"), batch after batch, until it is SENT
 * or `budgetMs` has passed (the rest is left SENDING for the every-minute job). Returns the
 * recipient count once SENT, or null when unfinished or no longer SENDING.
 */
export async function deliverAnnouncement(announcementId: string, now: Date, options: { budgetMs?: number } = {}): Promise<number | null> {
  const deadline = performance.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  for (;;) {
    const step = await db.$transaction(async (tx) => {
      // The status is in the WHERE: after waiting for another sender's lock, PostgreSQL re-checks it
      // against the committed row, so a row that became SENT meanwhile is not returned.
      const rows = await tx.$queryRaw<Locked[]>`
        SELECT id, fan_out_cursor FROM course_announcements WHERE id = ${announcementId}::uuid AND status = 'SENDING' FOR UPDATE`;
      return rows[0] ? sendBatch(tx, rows[0], now) : ({ state: "none" } as const);
    }, BATCH_TRANSACTION);
    if (step.state === "none") return null;
    if (step.state === "done") return step.recipients;
    if (performance.now() >= deadline) return null;
  }
}

/**
 * Writes the next batch of whichever SENDING announcement no other transaction holds (SKIP
 * LOCKED). Returns what happened: "none" when no SENDING announcement is free, "done" when that
 * batch finished its announcement (with its recipient count), "more" otherwise.
 */
export async function sendNextBatch(now: Date): Promise<Step> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Locked[]>`
      SELECT id, fan_out_cursor FROM course_announcements WHERE status = 'SENDING'
      ORDER BY scheduled_for NULLS FIRST, created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0] ? sendBatch(tx, rows[0], now) : ({ state: "none" } as const);
  }, BATCH_TRANSACTION);
}

type Locked = { id: string; fan_out_cursor: string | null };

async function sendBatch(tx: Tx, row: Locked, now: Date): Promise<Step> {
  const announcement: FanOutAnnouncement = await tx.courseAnnouncement.findUniqueOrThrow({
    where: { id: row.id },
    select: { id: true, centerId: true, courseId: true, titleEn: true, titleMy: true, bodyEn: true, bodyMy: true, channels: true },
  });
  const batch = await fanOutBatch(tx, announcement, row.fan_out_cursor, now);
  const done = batch.count < FAN_OUT_BATCH;
  const updated = await tx.courseAnnouncement.update({
    where: { id: row.id },
    data: done
      ? { status: "SENT", sentAt: now, fanOutCursor: null, recipientCount: { increment: batch.count } }
      : { fanOutCursor: batch.last, recipientCount: { increment: batch.count } },
    select: { recipientCount: true },
  });
  return { state: done ? "done" : "more", id: row.id, recipients: updated.recipientCount };
}
