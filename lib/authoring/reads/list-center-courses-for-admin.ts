import "server-only";
import { z } from "zod";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export const COURSE_STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const adminCourseFilter = z.object({ status: z.enum(COURSE_STATUSES).optional() });

export type AdminCourseRow = {
  id: string;
  title: string;
  status: CourseStatus;
  priceAmount: number;
  currency: "MMK" | "USD";
  /** Active enrollments (revoked and expired ones are not counted). */
  enrollmentCount: number;
  updatedAt: string;
};

/**
 * The dashboard's course list, last edited first: every course for owners, admins and the operator,
 * only the assigned ones for instructors (courseScope, policy S5). Optionally one status.
 */
export async function listCenterCoursesForAdmin(
  access: CenterAccess,
  filter: z.input<typeof adminCourseFilter>,
  locale: Locale,
): Promise<AdminCourseRow[]> {
  requirePermission(access, "course.read");
  const { status } = adminCourseFilter.parse(filter);
  const rows = await db.course.findMany({
    where: { ...courseScope(access), ...(status ? { status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      titleEn: true,
      titleMy: true,
      status: true,
      priceAmount: true,
      currency: true,
      updatedAt: true,
      _count: { select: { enrollments: { where: { status: "ACTIVE" } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: localized(row.titleEn, row.titleMy, locale),
    status: row.status,
    priceAmount: row.priceAmount,
    currency: row.currency,
    enrollmentCount: row._count.enrollments,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
