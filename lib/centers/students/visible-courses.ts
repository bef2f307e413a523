import "server-only";
import { courseScope, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type VisibleCourse = { id: string; title: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED" };

/**
 * The courses whose students the viewer may see: all of the center's for owners, admins and the
 * operator, only the assigned ones for an instructor (courseScope, policy S5). Every student query
 * of this folder is limited to these ids, so the scope is decided here once.
 */
export async function listVisibleCourses(access: CenterAccess, locale: Locale): Promise<VisibleCourse[]> {
  const rows = await db.course.findMany({
    where: courseScope(access),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, titleEn: true, titleMy: true, status: true },
  });
  return rows.map((row) => ({ id: row.id, title: localized(row.titleEn, row.titleMy, locale), status: row.status }));
}
