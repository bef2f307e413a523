import "server-only";
import { courseScope, type CenterAccess } from "@/lib/access/center-scope";
import { PAGE_VIEW_EVENT } from "@/lib/analytics/page-view-route";
import { db, type Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { OverviewPeriod } from "./overview-period";
import { overviewScope } from "./overview-scope";

export type CoursePageViews = { total: number; courses: { courseId: string; title: string; views: number }[] };

export const TOP_VIEWED_COURSES = 5;

/**
 * How often the center's course pages were opened on the web in the period, in all and for its
 * most viewed courses (`report.read`). Page views carry no person (ADR 0038): this counts visits,
 * not visitors. It reads the (center, name, time) index: the center's views only, however busy
 * the rest of the platform (bench:scale).
 */
export async function getCoursePageViews(access: CenterAccess, period: OverviewPeriod, locale: Locale, reader: Db = db): Promise<CoursePageViews> {
  const scope = await overviewScope(access, "report.read", period);
  const rows = await reader.$queryRaw<{ course_id: string; views: bigint }[]>`
    SELECT u.props->>'course' AS course_id, count(*)::bigint AS views
    FROM usage_events u
    WHERE u.center_id = ${scope.centerId}::uuid AND u.name = ${PAGE_VIEW_EVENT}
      AND u.at >= ${scope.start} AND u.at < ${scope.end}
    GROUP BY 1`;
  // Titles through the course scope: a course id is only ever shown to those who may see it.
  const courses = await reader.course.findMany({
    where: { ...courseScope(access), id: { in: rows.map((row) => row.course_id) } },
    select: { id: true, titleEn: true, titleMy: true },
  });
  const views = new Map(rows.map((row) => [row.course_id, Number(row.views)]));
  const named = courses.map((course) => ({ courseId: course.id, title: localized(course.titleEn, course.titleMy, locale), views: views.get(course.id) ?? 0 }));
  return {
    total: named.reduce((sum, course) => sum + course.views, 0),
    courses: named.sort((a, b) => b.views - a.views || a.title.localeCompare(b.title)).slice(0, TOP_VIEWED_COURSES),
  };
}
