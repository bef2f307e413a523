import "server-only";
import { z } from "zod";
import { hasPermission, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { progressOf } from "@/lib/learning/course-progress";
import type { CenterStudentDetail, StudentEnrollment } from "./student-dto";
import { accountStatusOf, enrollmentStatusOf, maskedContact } from "./student-identity";
import { listStudentOrders } from "./student-orders";
import { listStudentQuizResults } from "./student-quiz-results";
import { listVisibleCourses } from "./visible-courses";

const userIdInput = z.uuid();

/**
 * One student as this center sees them: enrollments in its courses (an instructor's: their
 * courses only), quiz results (`quiz_result.read`) and orders with this center (`order.read`).
 * Nothing of another center is read. A user without an enrollment the viewer may see answers
 * `not_found`, exactly like an unknown id (a foreign center's student is never confirmed).
 */
export async function getCenterStudent(access: CenterAccess, userId: string, locale: Locale): Promise<CenterStudentDetail> {
  requirePermission(access, "student.read");
  requirePermission(access, "enrollment.read");
  if (!userIdInput.safeParse(userId).success) throw new AppError("not_found");
  const courses = await listVisibleCourses(access, locale);
  const titles = new Map(courses.map((course) => [course.id, course.title]));
  const rows = await db.enrollment.findMany({
    where: { centerId: access.centerId, userId, courseId: { in: [...titles.keys()] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      courseId: true,
      status: true,
      source: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      revocationReason: true,
      revocationNote: true,
    },
  });
  if (rows.length === 0) throw new AppError("not_found");
  const courseIds = [...new Set(rows.map((row) => row.courseId))];
  const [user, completed, lessonTotals, quizResults, orders] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, phone: true, email: true, status: true } }),
    db.lessonProgress.groupBy({ by: ["courseId"], where: { userId, courseId: { in: courseIds }, completedAt: { not: null } }, _count: { _all: true } }),
    db.lesson.groupBy({ by: ["courseId"], where: { centerId: access.centerId, courseId: { in: courseIds } }, _count: { _all: true } }),
    hasPermission(access, "quiz_result.read") ? listStudentQuizResults(access.centerId, userId, titles, locale) : null,
    hasPermission(access, "order.read") ? listStudentOrders(access, userId, locale) : null,
  ]);
  const doneOf = new Map(completed.map((row) => [row.courseId, row._count._all]));
  const lessonsOf = new Map(lessonTotals.map((row) => [row.courseId, row._count._all]));
  const now = new Date();
  const enrollments = rows.map(
    (row): StudentEnrollment => ({
      id: row.id,
      courseId: row.courseId,
      courseTitle: titles.get(row.courseId) ?? "",
      status: enrollmentStatusOf(row, now),
      source: row.source === "ORDER" ? "order" : "admin_grant",
      enrolledAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt?.toISOString() ?? null,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revocationReason: row.revocationReason,
      revocationNote: row.revocationNote,
      progress: progressOf(doneOf.get(row.courseId) ?? 0, lessonsOf.get(row.courseId) ?? 0),
    }),
  );
  return { userId: user.id, name: user.name, contact: maskedContact(user), accountStatus: accountStatusOf(user.status), enrollments, quizResults, orders };
}
