import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationChannel, Prisma } from "@/lib/generated/prisma/client";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import { localized } from "@/lib/i18n/localized";
import { resolveChannels } from "../effective-channels";

/** Recipients handled per round of inserts (a course may have thousands of students). */
export const FAN_OUT_BATCH = 1000;

/** The outbox kind the delivery worker takes for push and Telegram (one row per person and channel). */
export const DELIVER_KIND = "notification.deliver";

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

/** The outbox key of one person's delivery on one channel: written once, however often retried. */
export const deliverKey = (announcementId: string, channel: NotificationChannel, userId: string) => `announcement:${announcementId}:${channel}:${userId}`;

/**
 * Writes an announcement's fan-out inside the caller's transaction, `FAN_OUT_BATCH` students at a
 * time: the recipients are the course's students whose enrollment grants access at `now` (and whose
 * account is active). Per person and chosen channel, as their preferences allow (policy S2):
 * - in-app: the inbox row, and a SENT delivery (in-app is delivered once the row exists);
 * - push, Telegram: one `notification.deliver` outbox row, whose delivery the worker records;
 * - a channel not allowed or not reachable: a SKIPPED delivery with the reason, and nothing else.
 * Returns the number of recipients.
 */
export async function fanOutAnnouncement(tx: Tx, announcement: FanOutAnnouncement, now: Date): Promise<number> {
  let after: string | undefined;
  let recipients = 0;
  for (;;) {
    const students = await tx.enrollment.findMany({
      where: {
        courseId: announcement.courseId,
        centerId: announcement.centerId,
        ...activeEnrollmentWhere(now),
        user: { status: "ACTIVE" },
        ...(after ? { userId: { gt: after } } : {}),
      },
      select: { userId: true, user: { select: { locale: true } } },
      orderBy: { userId: "asc" },
      take: FAN_OUT_BATCH,
    });
    if (students.length === 0) return recipients;
    await fanOutBatch(tx, announcement, students);
    recipients += students.length;
    after = students[students.length - 1]?.userId;
    if (students.length < FAN_OUT_BATCH) return recipients;
  }
}

type Student = { userId: string; user: { locale: "EN" | "MY" } };

async function fanOutBatch(tx: Tx, announcement: FanOutAnnouncement, students: Student[]): Promise<void> {
  const kind = "COURSE_ANNOUNCEMENT" as const;
  const outcomes = await resolveChannels(tx, students.map((s) => s.userId), kind, announcement.channels);
  const base = { centerId: announcement.centerId, announcementId: announcement.id, kind };

  // In-app first: the inbox rows' ids go into their deliveries and the push payloads (deep link).
  const inApp = students.filter((s) => outcomes.get(s.userId)?.some((o) => o.channel === "IN_APP" && o.deliver));
  const created = inApp.length
    ? await tx.notification.createManyAndReturn({
        data: inApp.map((s) => {
          const locale = s.user.locale === "EN" ? "en" : "my";
          return {
            userId: s.userId,
            kind,
            announcementId: announcement.id,
            // Rendered in the reader's language, the other one when only that was written.
            title: localized(announcement.titleEn, announcement.titleMy, locale),
            body: localized(announcement.bodyEn, announcement.bodyMy, locale),
            data: { announcementId: announcement.id, courseId: announcement.courseId, centerId: announcement.centerId },
          };
        }),
        select: { id: true, userId: true },
      })
    : [];
  const inboxIds = new Map(created.map((row) => [row.userId, row.id]));

  const deliveries: Prisma.NotificationDeliveryCreateManyInput[] = [];
  const outbox: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const { userId } of students) {
    const notificationId = inboxIds.get(userId) ?? null;
    for (const outcome of outcomes.get(userId) ?? []) {
      if (!outcome.deliver) {
        deliveries.push({ ...base, userId, channel: outcome.channel, status: "SKIPPED", errorCode: outcome.reason });
      } else if (outcome.channel === "IN_APP") {
        deliveries.push({ ...base, userId, notificationId, channel: "IN_APP", status: "SENT" });
      } else {
        outbox.push({
          kind: DELIVER_KIND,
          // Ids only: the worker loads the text in the reader's language and checks preferences again.
          payload: { notificationKind: kind, channel: outcome.channel, userId, announcementId: announcement.id, centerId: announcement.centerId, notificationId },
          idempotencyKey: deliverKey(announcement.id, outcome.channel, userId),
        });
      }
    }
  }
  if (deliveries.length) await tx.notificationDelivery.createMany({ data: deliveries });
  if (outbox.length) await tx.outboxMessage.createMany({ data: outbox, skipDuplicates: true });
}
