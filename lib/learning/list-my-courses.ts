import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { courseSummary } from "@/lib/catalog/course-dto";
import { courseSummarySelect, toCourseSummary } from "@/lib/catalog/course-summary";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import type { Locale } from "@/lib/i18n/locales";
import { courseProgressDto, getCoursesProgress, progressOf } from "./course-progress";
import { activeEnrollmentWhere } from "./require-enrollment";

export const myCourseDto = z
  .object({
    enrollmentId: z.uuid(),
    enrolledAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    course: courseSummary,
    progress: courseProgressDto,
  })
  .meta({ id: "MyCourse" });

export type MyCourse = z.input<typeof myCourseDto>;

/**
 * The actor's courses: ACTIVE, unexpired enrollments, newest first, keyset-paginated on
 * (createdAt, id). A course stays here after it is unpublished: the student paid for it.
 */
export async function listMyCourses(input: { actor: Actor; locale: Locale; limit: number; cursor?: string }) {
  const { actor, locale, limit } = input;
  const where: Prisma.EnrollmentWhereInput = { userId: actor.userId, ...activeEnrollmentWhere() };
  const after = decodeCursor(input.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] }];
  }
  const rows = await db.enrollment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, createdAt: true, completedAt: true, expiresAt: true, course: { select: courseSummarySelect } },
  });
  const progress = await getCoursesProgress(actor.userId, rows.slice(0, limit).map((r) => r.course.id));
  return toPage(
    rows,
    limit,
    (row) => ({ key: row.createdAt.toISOString(), id: row.id }),
    (row): MyCourse => ({
      enrollmentId: row.id,
      enrolledAt: row.createdAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      course: toCourseSummary(row.course, locale),
      progress: progress.get(row.course.id) ?? progressOf(0, row.course._count.lessons),
    }),
  );
}
