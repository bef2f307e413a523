import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { progressOf } from "@/lib/learning/course-progress";
import type { CenterStudentPage, CenterStudentRow } from "./student-dto";
import { accountStatusOf, enrollmentStatusOf, maskedContact } from "./student-identity";
import { studentCountSql, studentPageSql, type StudentListRow } from "./student-list-sql";
import { listCenterStudentsQuery, type ListCenterStudentsQuery } from "./student-schemas";
import { parseStudentSearch } from "./student-search";
import { listVisibleCourses } from "./visible-courses";

/**
 * The center's students (anyone with an enrollment of any status in its courses; for an
 * instructor, in their assigned courses only), searched, filtered, sorted and paged.
 */
export async function listCenterStudents(access: CenterAccess, input: ListCenterStudentsQuery, locale: Locale): Promise<CenterStudentPage> {
  requirePermission(access, "student.read");
  const filters = listCenterStudentsQuery.parse(input);
  const empty = { items: [], page: filters.page, pageSize: filters.pageSize, total: 0 };
  const courses = await listVisibleCourses(access, locale);
  const courseIds = courses.map((course) => course.id);
  // A course outside the viewer's scope filters to nothing, exactly like an unknown id.
  if (courseIds.length === 0 || (filters.courseId && !courseIds.includes(filters.courseId))) return empty;
  const scope = { centerId: access.centerId, courseIds, filterCourseIds: filters.courseId ? [filters.courseId] : courseIds };
  const search = filters.q ? parseStudentSearch(filters.q) : null;

  const rows = await db.$queryRaw<StudentListRow[]>(studentPageSql(scope, filters, search));
  const total = rows[0]
    ? Number(rows[0].total)
    : filters.page > 1
      ? Number((await db.$queryRaw<{ total: bigint }[]>(studentCountSql(scope, filters, search)))[0]?.total ?? 0)
      : 0;
  if (rows.length === 0) return { ...empty, total };

  const userIds = rows.map((row) => row.userId);
  const [users, enrollments, completed, lessonTotals] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, phone: true, email: true, status: true } }),
    db.enrollment.findMany({
      where: { centerId: access.centerId, userId: { in: userIds }, courseId: { in: courseIds } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { userId: true, courseId: true, status: true, expiresAt: true, createdAt: true },
    }),
    db.lessonProgress.groupBy({
      by: ["userId", "courseId"],
      where: { userId: { in: userIds }, courseId: { in: courseIds }, completedAt: { not: null } },
      _count: { _all: true },
    }),
    db.lesson.groupBy({ by: ["courseId"], where: { centerId: access.centerId, courseId: { in: courseIds } }, _count: { _all: true } }),
  ]);
  const titleOf = new Map(courses.map((course) => [course.id, course.title]));
  const userOf = new Map(users.map((user) => [user.id, user]));
  const doneOf = new Map(completed.map((row) => [`${row.userId}:${row.courseId}`, row._count._all]));
  const lessonsOf = new Map(lessonTotals.map((row) => [row.courseId, row._count._all]));
  const now = new Date();

  const items = rows.flatMap((row): CenterStudentRow[] => {
    const user = userOf.get(row.userId);
    if (!user) return [];
    return [
      {
        userId: user.id,
        name: user.name,
        contact: maskedContact(user),
        accountStatus: accountStatusOf(user.status),
        enrollments: enrollments
          .filter((enrollment) => enrollment.userId === user.id)
          .map((enrollment) => ({
            courseId: enrollment.courseId,
            courseTitle: titleOf.get(enrollment.courseId) ?? "",
            status: enrollmentStatusOf(enrollment, now),
            percent: progressOf(doneOf.get(`${user.id}:${enrollment.courseId}`) ?? 0, lessonsOf.get(enrollment.courseId) ?? 0).percent,
            enrolledAt: enrollment.createdAt.toISOString(),
          })),
        enrolledAt: row.enrolledAt.toISOString(),
        lastActivityAt: row.lastActivityAt.toISOString(),
      },
    ];
  });
  return { items, page: filters.page, pageSize: filters.pageSize, total };
}
