import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type AnnouncementCourse = { id: string; title: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED" };

/**
 * The courses the composer offers (`notification.send`): every course of the center, archived ones
 * too (their students may still learn), drafts last since they rarely have students yet.
 */
export async function listAnnouncementCourses(access: CenterAccess, locale: Locale): Promise<AnnouncementCourse[]> {
  requirePermission(access, "notification.send");
  const rows = await db.course.findMany({
    where: courseScope(access),
    select: { id: true, titleEn: true, titleMy: true, status: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
  });
  const rank = { PUBLISHED: 0, ARCHIVED: 1, DRAFT: 2 } as const;
  return rows
    .map((row) => ({ id: row.id, title: localized(row.titleEn, row.titleMy, locale) || row.id, status: row.status }))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}
