import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OverviewPeriod } from "./overview-period";
import { courseFilter, overviewScope, yangonDay } from "./overview-scope";

export type DayCount = { day: string; count: number };

/** New enrollments in the period: the total and one count per Yangon day (zeros included). */
export type EnrollmentFigures = { total: number; days: DayCount[] };

/**
 * Enrollments created in the period (paid and granted, whatever became of them since), per Yangon
 * day (`enrollment.read`; instructors: their assigned courses only).
 */
export async function getEnrollmentFigures(access: CenterAccess, period: OverviewPeriod, reader: Db = db): Promise<EnrollmentFigures> {
  const scope = await overviewScope(access, "enrollment.read", period);
  const rows = await reader.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT ${yangonDay(Prisma.sql`e.created_at`)} AS day, count(*)::bigint AS count
    FROM enrollments e
    WHERE e.center_id = ${scope.centerId}::uuid
      AND e.created_at >= ${scope.start} AND e.created_at < ${scope.end}
      ${courseFilter(scope, Prisma.sql`e.course_id`)}
    GROUP BY 1`;
  const counts = new Map(rows.map((row) => [row.day, Number(row.count)]));
  const days = period.days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
  return { total: days.reduce((sum, day) => sum + day.count, 0), days };
}
