import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { publicCourseWhere } from "@/lib/catalog/get-course";
import { findActiveEnrollment } from "./require-enrollment";

export const lessonDto = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    sectionId: z.uuid(),
    kind: z.enum(["VIDEO", "TEXT", "FILE"]),
    title: z.string(),
    body: z.string().nullable().meta({ description: "In the language of Accept-Language, falling back to the other." }),
    videoUrl: z.string().nullable(),
    durationSeconds: z.number().int().nullable(),
    isPreview: z.boolean(),
    position: z.number().int(),
    completed: z.boolean(),
    enrolled: z.boolean().meta({ description: "False when the lesson is open only because it is a preview." }),
  })
  .meta({ id: "Lesson" });

export type LessonDetail = z.input<typeof lessonDto>;

/**
 * One lesson with its body. Security-critical: open to the course's ACTIVE enrollees, and — for a
 * lesson marked `isPreview` of a course in the public catalog — to anyone signed in (the preview
 * is the shop window; the route requires a token so previews are not scraped anonymously).
 * Everyone else, and a lesson id of another course, gets `not_found` like a missing id.
 */
export async function getLesson(input: { actor: Actor; courseId: string; lessonId: string; locale: Locale }): Promise<LessonDetail> {
  const { actor, courseId, lessonId, locale } = input;
  const enrollment = await findActiveEnrollment(actor, courseId);
  const lesson = await db.lesson.findFirst({
    where: enrollment ? { id: lessonId, courseId } : { id: lessonId, courseId, isPreview: true, course: publicCourseWhere },
    select: {
      id: true,
      courseId: true,
      sectionId: true,
      kind: true,
      titleEn: true,
      titleMy: true,
      bodyEn: true,
      bodyMy: true,
      videoUrl: true,
      durationSeconds: true,
      isPreview: true,
      position: true,
    },
  });
  if (!lesson) throw new AppError("not_found");
  const progress = enrollment
    ? await db.lessonProgress.findUnique({ where: { userId_lessonId: { userId: actor.userId, lessonId } }, select: { completedAt: true } })
    : null;
  return {
    id: lesson.id,
    courseId: lesson.courseId,
    sectionId: lesson.sectionId,
    kind: lesson.kind,
    title: localized(lesson.titleEn, lesson.titleMy, locale),
    body: localized(lesson.bodyEn, lesson.bodyMy, locale) || null,
    videoUrl: lesson.videoUrl,
    durationSeconds: lesson.durationSeconds,
    isPreview: lesson.isPreview,
    position: lesson.position,
    completed: Boolean(progress?.completedAt),
    enrolled: Boolean(enrollment),
  };
}
