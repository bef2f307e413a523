import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type CenterPublic = {
  id: string;
  slug: string;
  name: string;
  status: "PENDING" | "ACTIVE" | "SUSPENDED";
  publishedCourseCount: number;
};

/** What anyone may know of a center: name, status and how many courses it publishes. */
export async function getCenterPublic(slug: string, locale: Locale): Promise<CenterPublic | null> {
  const row = await db.center.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameMy: true,
      status: true,
      _count: { select: { courses: { where: { status: "PUBLISHED" } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: localized(row.nameEn, row.nameMy, locale),
    status: row.status,
    publishedCourseCount: row._count.courses,
  };
}
