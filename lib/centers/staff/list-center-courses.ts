import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type DashboardCourse = {
  id: string;
  slug: string;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  updatedAt: string;
};

/**
 * The center's courses for the dashboard, every status, newest first: all of them for owners and
 * admins, only the assigned ones for instructors (courseScope, policy S5).
 */
export async function listCenterCourses(access: CenterAccess, locale: Locale, limit = 100): Promise<DashboardCourse[]> {
  requirePermission(access, "course.read");
  const rows = await db.course.findMany({
    where: courseScope(access),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 100),
    select: { id: true, slug: true, titleEn: true, titleMy: true, status: true, updatedAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: localized(row.titleEn, row.titleMy, locale),
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
