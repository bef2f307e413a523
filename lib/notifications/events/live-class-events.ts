import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { OutboxHandler } from "@/lib/outbox/types";
import { notifyUsers } from "../notify-users";
import { activeStudentIds, formatWhen, inFanOutTransaction, notifyTranslator, parsePayload } from "./event-helpers";

const liveClassSelect = {
  id: true,
  centerId: true,
  courseId: true,
  status: true,
  startsAt: true,
  titleEn: true,
  titleMy: true,
  course: { select: { titleEn: true, titleMy: true } },
} as const;

type LiveClass = { titleEn: string | null; titleMy: string | null; startsAt: Date; course: { titleEn: string | null; titleMy: string | null } };

const texts = (liveClass: LiveClass, locale: Locale) => ({
  liveClass: localized(liveClass.titleEn, liveClass.titleMy, locale),
  course: localized(liveClass.course.titleEn, liveClass.course.titleMy, locale),
  time: formatWhen(liveClass.startsAt, locale),
});

const reminderPayload = z.object({ liveClassId: z.uuid(), centerId: z.uuid(), courseId: z.uuid(), offset: z.string().min(1), startsAt: z.iso.datetime({ offset: true }) });

/**
 * `live_class.reminder` {liveClassId, centerId, courseId, offset, startsAt}: tells the course's
 * active students that a class starts soon. A stale reminder (the class was cancelled, has begun,
 * or moved to another time, which wrote reminders of its own; or the worker is too late) is dropped without a word.
 */
export const notifyLiveClassReminder: OutboxHandler = async (job) => {
  const payload = parsePayload(reminderPayload, job);
  const liveClass = await db.liveClass.findFirst({ where: { id: payload.liveClassId, centerId: payload.centerId, courseId: payload.courseId }, select: liveClassSelect });
  const now = new Date();
  if (!liveClass || liveClass.status !== "SCHEDULED" || liveClass.startsAt.getTime() !== Date.parse(payload.startsAt) || liveClass.startsAt <= now) return;
  await inFanOutTransaction(async (tx) => {
    for await (const recipients of activeStudentIds(tx, liveClass, now)) {
      await notifyUsers(tx, {
        kind: "LIVE_CLASS_REMINDER",
        recipients,
        render: (locale) => {
          const t = notifyTranslator(locale);
          return { title: payload.offset === "24h" ? t("liveClassReminder.titleDay") : t("liveClassReminder.titleHour"), body: t("liveClassReminder.body", texts(liveClass, locale)) };
        },
        data: { liveClassId: liveClass.id, courseId: liveClass.courseId },
        keyPrefix: `live_class.reminder:${liveClass.id}:${payload.offset}:${liveClass.startsAt.getTime()}`,
        centerId: liveClass.centerId,
      });
    }
  });
};

/** `live_class.cancelled` {liveClassId, centerId, courseId}: tells the course's active students the class will not happen. */
export const notifyLiveClassCancelled: OutboxHandler = async (job) => {
  const payload = parsePayload(z.object({ liveClassId: z.uuid(), centerId: z.uuid(), courseId: z.uuid() }), job);
  const liveClass = await db.liveClass.findFirst({ where: { id: payload.liveClassId, centerId: payload.centerId, courseId: payload.courseId }, select: liveClassSelect });
  if (!liveClass || liveClass.status !== "CANCELLED") return;
  const now = new Date();
  await inFanOutTransaction(async (tx) => {
    for await (const recipients of activeStudentIds(tx, liveClass, now)) {
      await notifyUsers(tx, {
        kind: "LIVE_CLASS_REMINDER",
        recipients,
        render: (locale) => {
          const t = notifyTranslator(locale);
          return { title: t("liveClassCancelled.title"), body: t("liveClassCancelled.body", texts(liveClass, locale)) };
        },
        data: { liveClassId: liveClass.id, courseId: liveClass.courseId },
        keyPrefix: `live_class.cancelled:${liveClass.id}`,
        centerId: liveClass.centerId,
      });
    }
  });
};
