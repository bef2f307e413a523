import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";

export const courseProgressDto = z
  .object({
    completedLessons: z.number().int(),
    totalLessons: z.number().int(),
    percent: z.number().int().min(0).max(100).meta({ description: "Whole percent, rounded down: 100 only when every lesson is done." }),
  })
  .meta({ id: "CourseProgress" });

export type CourseProgress = z.input<typeof courseProgressDto>;

/** Rounded down, so a course shows 100% only when every lesson is complete; 0 for an empty course. */
export function progressOf(completedLessons: number, totalLessons: number): CourseProgress {
  const completed = Math.min(completedLessons, totalLessons);
  const percent = totalLessons === 0 ? 0 : Math.floor((completed * 100) / totalLessons);
  return { completedLessons: completed, totalLessons, percent };
}

/** One user's progress in one course: completed lessons that still exist over all lessons. */
export async function getCourseProgress(userId: string, courseId: string, client: Tx = db): Promise<CourseProgress> {
  const [total, completed] = await Promise.all([
    client.lesson.count({ where: { courseId } }),
    client.lessonProgress.count({ where: { userId, courseId, completedAt: { not: null } } }),
  ]);
  return progressOf(completed, total);
}

/** Progress in many courses at once (lists): two grouped queries, not one per course. */
export async function getCoursesProgress(userId: string, courseIds: string[]): Promise<Map<string, CourseProgress>> {
  if (courseIds.length === 0) return new Map();
  const [totals, completed] = await Promise.all([
    db.lesson.groupBy({ by: ["courseId"], where: { courseId: { in: courseIds } }, _count: { _all: true } }),
    db.lessonProgress.groupBy({
      by: ["courseId"],
      where: { userId, courseId: { in: courseIds }, completedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const totalOf = new Map(totals.map((row) => [row.courseId, row._count._all]));
  const doneOf = new Map(completed.map((row) => [row.courseId, row._count._all]));
  return new Map(courseIds.map((id) => [id, progressOf(doneOf.get(id) ?? 0, totalOf.get(id) ?? 0)]));
}
