import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { findCourseOrThrow } from "./authoring-scope";

/** One row of a course's quiz list in the dashboard. */
export type CourseQuizSummaryDto = {
  id: string;
  titleEn: string | null;
  titleMy: string | null;
  /** How many questions one attempt shows: each pool's draw count, capped by the pool's size. */
  questionsPerAttempt: number;
  /** Questions in the quiz's pools altogether. */
  questionCount: number;
  poolCount: number;
  passMarkPercent: number;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  published: boolean;
};

export type CourseRefDto = { id: string; titleEn: string | null; titleMy: string | null };

/** The quizzes of a course the actor may reach (instructors: their assigned courses), by position. */
export async function listCourseQuizzes(access: CenterAccess, courseId: string): Promise<{ course: CourseRefDto; quizzes: CourseQuizSummaryDto[] }> {
  requirePermission(access, "course.read");
  const { id } = await findCourseOrThrow(db, access, courseId);
  const course = await db.course.findUniqueOrThrow({ where: { id }, select: { id: true, titleEn: true, titleMy: true } });
  const rows = await db.quiz.findMany({
    where: { courseId: course.id, centerId: access.centerId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      titleEn: true,
      titleMy: true,
      passMarkPercent: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      publishedAt: true,
      draws: { select: { drawCount: true, pool: { select: { _count: { select: { questions: true } } } } } },
    },
  });
  const quizzes = rows.map(({ draws, publishedAt, ...quiz }) => ({
    ...quiz,
    questionsPerAttempt: draws.reduce((sum, d) => sum + Math.min(d.drawCount ?? d.pool._count.questions, d.pool._count.questions), 0),
    questionCount: draws.reduce((sum, d) => sum + d.pool._count.questions, 0),
    poolCount: draws.length,
    published: publishedAt !== null,
  }));
  return { course, quizzes };
}
