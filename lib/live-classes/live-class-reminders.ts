import "server-only";
import type { Tx } from "@/lib/db";
import { REMINDER_OFFSETS } from "./live-class-rules";

type ReminderTarget = { id: string; centerId: string; courseId: string; startsAt: Date };

const keyPrefix = (liveClassId: string) => `live_class.reminder:${liveClassId}:`;

/**
 * Writes the `live_class.reminder` outbox rows (24 h and 1 h before the start), due at their send
 * time through `nextAttemptAt`. Written directly rather than through `enqueueOutbox`, which has no
 * "not before" time. The key carries the start time: a rescheduled class gets new reminders, a
 * repeated call none. Reminders whose time has already passed are not written.
 */
export async function writeReminders(tx: Tx, liveClass: ReminderTarget, now: Date): Promise<number> {
  const rows = REMINDER_OFFSETS.map((offset) => ({
    offset: offset.label,
    sendAt: new Date(liveClass.startsAt.getTime() - offset.ms),
  }))
    .filter((r) => r.sendAt > now)
    .map((r) => ({
      kind: "live_class.reminder",
      // Ids only: the worker loads the class and its enrolled students at delivery time.
      payload: { liveClassId: liveClass.id, centerId: liveClass.centerId, courseId: liveClass.courseId, offset: r.offset, startsAt: liveClass.startsAt.toISOString() },
      idempotencyKey: `${keyPrefix(liveClass.id)}${r.offset}:${liveClass.startsAt.getTime()}`,
      nextAttemptAt: r.sendAt,
    }));
  if (rows.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** Removes the class's reminders that the worker has not taken yet (reschedule, cancellation). */
export async function dropPendingReminders(tx: Tx, liveClassId: string): Promise<void> {
  await tx.outboxMessage.deleteMany({
    where: { kind: "live_class.reminder", status: "PENDING", idempotencyKey: { startsWith: keyPrefix(liveClassId) } },
  });
}
