import "server-only";
import { searchCourses } from "@/lib/catalog/search/search-courses";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

export type CourseHit = { title: string; url: string };

/** The best three published courses for a chat query (the site's own search), titled in the person's language. */
export async function findCoursesForChat(query: string, locale: Locale): Promise<CourseHit[]> {
  const ranked = await searchCourses({ q: query, after: null, take: 3 });
  if (ranked.length === 0) return [];
  const rows = await db.course.findMany({
    where: { id: { in: ranked.map((r) => r.id) }, status: "PUBLISHED" },
    select: { id: true, titleEn: true, titleMy: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const base = env().APP_URL.replace(/\/+$/, "");
  return ranked.flatMap((r) => {
    const row = byId.get(r.id);
    if (!row) return [];
    const title = (locale === "my" ? row.titleMy || row.titleEn : row.titleEn || row.titleMy) ?? "";
    return [{ title, url: `${base}/courses/${row.id}` }];
  });
}
