import "server-only";
import { courseScope, type CenterAccess } from "@/lib/access/center-scope";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { OverviewPeriod } from "./overview-period";
import { byCurrency, courseFilter, overviewScope, type Currency } from "./overview-scope";

export type CourseMoney = { currency: Currency; amount: number };
export type TopCourse = { courseId: string; title: string; enrollments: number; revenue: CourseMoney[] };

/** The best courses of the period twice over: by new enrollments, and by takings in each currency. */
export type TopCourses = { byEnrollments: TopCourse[]; byRevenue: { currency: Currency; courses: TopCourse[] }[] };

export const TOP_COURSES = 5;

/** The period's top courses by enrollments and by paid orders' totals per currency (`report.read`). */
export async function getTopCourses(access: CenterAccess, period: OverviewPeriod, locale: Locale, reader: Db = db): Promise<TopCourses> {
  const scope = await overviewScope(access, "report.read", period);
  const [enrollments, sales] = await Promise.all([
    reader.$queryRaw<{ course_id: string; count: bigint }[]>`
      SELECT e.course_id::text AS course_id, count(*)::bigint AS count FROM enrollments e
      WHERE e.center_id = ${scope.centerId}::uuid AND e.created_at >= ${scope.start} AND e.created_at < ${scope.end}
        ${courseFilter(scope, Prisma.sql`e.course_id`)}
      GROUP BY 1`,
    reader.$queryRaw<{ course_id: string; currency: Currency; amount: bigint }[]>`
      SELECT o.course_id::text AS course_id, o.currency::text AS currency, sum(o.total_amount)::bigint AS amount FROM orders o
      WHERE o.center_id = ${scope.centerId}::uuid AND o.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')
        AND o.paid_at >= ${scope.start} AND o.paid_at < ${scope.end}
        ${courseFilter(scope, Prisma.sql`o.course_id`)}
      GROUP BY 1, 2`,
  ]);
  const courses = new Map<string, TopCourse>();
  const entry = (courseId: string) => {
    const found = courses.get(courseId) ?? { courseId, title: "", enrollments: 0, revenue: [] };
    courses.set(courseId, found);
    return found;
  };
  for (const row of enrollments) entry(row.course_id).enrollments = Number(row.count);
  for (const row of sales) entry(row.course_id).revenue.push({ currency: row.currency, amount: Number(row.amount) });
  // Titles through the course scope too: a course id is only ever shown to those who may see it.
  const titles = await reader.course.findMany({ where: { ...courseScope(access), id: { in: [...courses.keys()] } }, select: { id: true, titleEn: true, titleMy: true } });
  const named = titles.map((course) => {
    const item = courses.get(course.id) as TopCourse;
    return { ...item, title: localized(course.titleEn, course.titleMy, locale), revenue: [...item.revenue].sort((a, b) => byCurrency(a.currency, b.currency)) };
  });
  const amountIn = (course: TopCourse, currency: Currency) => course.revenue.find((money) => money.currency === currency)?.amount ?? 0;
  const currencies = [...new Set(sales.map((row) => row.currency))].sort(byCurrency);
  return {
    byEnrollments: named
      .filter((course) => course.enrollments > 0)
      .sort((a, b) => b.enrollments - a.enrollments || a.title.localeCompare(b.title))
      .slice(0, TOP_COURSES),
    byRevenue: currencies.map((currency) => ({
      currency,
      courses: named
        .filter((course) => amountIn(course, currency) > 0)
        .sort((a, b) => amountIn(b, currency) - amountIn(a, currency) || a.title.localeCompare(b.title))
        .slice(0, TOP_COURSES),
    })),
  };
}
