import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OverviewPeriod } from "./overview-period";
import { courseFilter, overviewScope } from "./overview-scope";

/**
 * How many distinct people learned in the period: viewed a lesson, started a quiz attempt or
 * asked to join a live class of the center's courses (`student.read`; instructors: their
 * assigned courses only). A person active in three ways counts once.
 */
export async function countActiveStudents(access: CenterAccess, period: OverviewPeriod, reader: Db = db): Promise<number> {
  const scope = await overviewScope(access, "student.read", period);
  const { centerId, start, end } = scope;
  const [row] = await reader.$queryRaw<{ count: bigint }[]>`
    SELECT count(DISTINCT a.user_id)::bigint AS count FROM (
      SELECT lp.user_id FROM lesson_progress lp
        JOIN courses c ON c.id = lp.course_id AND c.center_id = ${centerId}::uuid
        WHERE lp.last_viewed_at >= ${start} AND lp.last_viewed_at < ${end} ${courseFilter(scope, Prisma.sql`lp.course_id`)}
      UNION
      SELECT qa.user_id FROM quiz_attempts qa
        WHERE qa.center_id = ${centerId}::uuid AND qa.started_at >= ${start} AND qa.started_at < ${end}
          ${courseFilter(scope, Prisma.sql`qa.course_id`)}
      UNION
      SELECT p.user_id FROM live_class_participations p
        JOIN live_classes lc ON lc.id = p.live_class_id AND lc.center_id = ${centerId}::uuid
        WHERE coalesce(p.joined_at, p.join_requested_at) >= ${start} AND coalesce(p.joined_at, p.join_requested_at) < ${end}
          ${courseFilter(scope, Prisma.sql`lc.course_id`)}
    ) a`;
  return Number(row?.count ?? 0);
}
