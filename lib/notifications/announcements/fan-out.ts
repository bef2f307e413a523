import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/client";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import { localized } from "@/lib/i18n/localized";
import { NOTIFY_BATCH, notifyUsers } from "../notify-users";

export { DELIVER_KIND } from "../notify-users";

/** Recipients handled per round of inserts (a course may have thousands of students). */
export const FAN_OUT_BATCH = NOTIFY_BATCH;

export type FanOutAnnouncement = {
  id: string;
  centerId: string;
  courseId: string;
  titleEn: string | null;
  titleMy: string | null;
  bodyEn: string | null;
  bodyMy: string | null;
  channels: NotificationChannel[];
};

/**
 * Writes one batch of an announcement's fan-out inside the caller's transaction: the next
 * `FAN_OUT_BATCH` students after `after` (by user id) whose enrollment grants access at `now` (and
 * whose account is active), each notified through `notifyUsers` on the announcement's chosen
 * channels as their preferences allow (policy S2). Outbox keys are
 * `announcement:<id>:<channel>:<userId>`. Returns how many students the batch held and the last one.
 */
export async function fanOutBatch(tx: Tx, announcement: FanOutAnnouncement, after: string | null, now: Date): Promise<{ count: number; last: string | null }> {
  const students = await tx.enrollment.findMany({
    where: {
      courseId: announcement.courseId,
      centerId: announcement.centerId,
      ...activeEnrollmentWhere(now),
      user: { status: "ACTIVE" },
      ...(after ? { userId: { gt: after } } : {}),
    },
    select: { userId: true },
    orderBy: { userId: "asc" },
    take: FAN_OUT_BATCH,
  });
  if (students.length === 0) return { count: 0, last: after };
  await notifyUsers(tx, {
    kind: "COURSE_ANNOUNCEMENT",
    recipients: students.map((s) => s.userId),
    // Rendered in the reader's language, the other one when only that was written.
    render: (locale) => ({ title: localized(announcement.titleEn, announcement.titleMy, locale), body: localized(announcement.bodyEn, announcement.bodyMy, locale) }),
    data: { announcementId: announcement.id, courseId: announcement.courseId, centerId: announcement.centerId },
    keyPrefix: `announcement:${announcement.id}`,
    centerId: announcement.centerId,
    announcementId: announcement.id,
    channels: announcement.channels,
  });
  return { count: students.length, last: students[students.length - 1]!.userId };
}
