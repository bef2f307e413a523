import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { OutboxHandler } from "@/lib/outbox/types";
import { NOTIFY_BATCH, notifyUsers } from "../notify-users";
import { inFanOutTransaction, notifyTranslator, parsePayload } from "./event-helpers";

const NAME_SEPARATOR: Record<Locale, string> = { en: ", ", my: "၊ " };

/**
 * `course.published.followers` {courseId}: tells the followers of the course's instructors about
 * it, except people already enrolled in it, `NOTIFY_BATCH` at a time. A course unpublished again
 * before the worker came is not announced.
 */
export const notifyFollowersOfCourse: OutboxHandler = async (job) => {
  const { courseId } = parsePayload(z.object({ courseId: z.uuid() }), job);
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      centerId: true,
      status: true,
      titleEn: true,
      titleMy: true,
      instructors: { orderBy: { position: "asc" }, select: { instructor: { select: { id: true, displayNameEn: true, displayNameMy: true } } } },
    },
  });
  if (!course || course.status !== "PUBLISHED" || course.instructors.length === 0) return;
  const instructors = course.instructors.map((i) => i.instructor);
  const render = (locale: Locale) => {
    const t = notifyTranslator(locale);
    const names = instructors.map((i) => localized(i.displayNameEn, i.displayNameMy, locale)).filter(Boolean).join(NAME_SEPARATOR[locale]);
    const title = localized(course.titleEn, course.titleMy, locale);
    return { title: t("newCourse.title", { course: title }), body: t("newCourse.body", { course: title, instructors: names }) };
  };
  await inFanOutTransaction(async (tx) => {
    let after: string | undefined;
    for (;;) {
      // People, not follows: someone following two of the course's instructors is told once.
      const followers = await tx.user.findMany({
        where: {
          status: "ACTIVE",
          follows: { some: { instructorId: { in: instructors.map((i) => i.id) } } },
          enrollments: { none: { courseId: course.id } },
          ...(after ? { id: { gt: after } } : {}),
        },
        select: { id: true },
        orderBy: { id: "asc" },
        take: NOTIFY_BATCH,
      });
      if (followers.length === 0) return;
      await notifyUsers(tx, {
        kind: "NEW_COURSE_FROM_FOLLOWED",
        recipients: followers.map((f) => f.id),
        render,
        data: { courseId: course.id },
        keyPrefix: `course.published.followers:${course.id}`,
        centerId: course.centerId,
      });
      if (followers.length < NOTIFY_BATCH) return;
      after = followers[followers.length - 1]?.id;
    }
  });
};
