import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { courseProgressDto, getCourseProgress } from "./course-progress";
import { requireEnrollment } from "./require-enrollment";

export const completeLessonResult = z
  .object({
    lessonId: z.uuid(),
    courseId: z.uuid(),
    completedAt: z.iso.datetime().meta({ description: "When the lesson was first completed; repeating the call keeps it." }),
    progress: courseProgressDto,
  })
  .meta({ id: "LessonCompletion" });

export type LessonCompletion = z.input<typeof completeLessonResult>;

/**
 * Marks a lesson complete for the actor (enrolled only; others get `not_found`). Idempotent: the
 * first completion time is kept. When the last lesson is done the enrollment is marked completed.
 */
export async function completeLesson(input: { actor: Actor; lessonId: string }): Promise<LessonCompletion> {
  const { actor, lessonId } = input;
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { id: true, courseId: true } });
  if (!lesson) throw new AppError("not_found");
  return db.$transaction(async (tx) => {
    const enrollment = await requireEnrollment(actor, lesson.courseId, tx);
    const now = new Date();
    const key = { userId_lessonId: { userId: actor.userId, lessonId } };
    await tx.lessonProgress.upsert({
      where: key,
      create: { userId: actor.userId, lessonId, courseId: lesson.courseId, lastViewedAt: now, completedAt: now },
      update: { lastViewedAt: now },
    });
    // A row made by viewing (completedAt null) is completed once; a completed one keeps its time.
    await tx.lessonProgress.updateMany({ where: { userId: actor.userId, lessonId, completedAt: null }, data: { completedAt: now } });
    const row = await tx.lessonProgress.findUniqueOrThrow({ where: key, select: { completedAt: true } });
    const progress = await getCourseProgress(actor.userId, lesson.courseId, tx);
    if (progress.totalLessons > 0 && progress.percent === 100 && !enrollment.completedAt) {
      await tx.enrollment.update({ where: { id: enrollment.id }, data: { completedAt: now } });
    }
    return { lessonId, courseId: lesson.courseId, completedAt: (row.completedAt ?? now).toISOString(), progress };
  });
}
