import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ListCenterStudentsFilters } from "./student-schemas";
import type { StudentSearch } from "./student-search";

type Scope = { centerId: string; courseIds: string[]; filterCourseIds: string[] };

// An enrollment "is" active, revoked or expired as enrollmentStatusOf says: an ACTIVE one past its
// expiry counts as expired.
const STATUS: Record<NonNullable<ListCenterStudentsFilters["status"]>, Prisma.Sql> = {
  active: Prisma.sql`e.status = 'ACTIVE' AND (e.expires_at IS NULL OR e.expires_at > now())`,
  revoked: Prisma.sql`e.status = 'REVOKED'`,
  expired: Prisma.sql`(e.status = 'EXPIRED' OR (e.status = 'ACTIVE' AND e.expires_at <= now()))`,
};

function searchSql(search: StudentSearch | null): Prisma.Sql {
  if (!search) return Prisma.empty;
  if (search.kind === "phone") return Prisma.sql`AND u.phone = ${search.value}`;
  if (search.kind === "email") return Prisma.sql`AND u.email = ${search.value}`;
  return Prisma.sql`AND u.name ILIKE ${search.pattern}`;
}

/**
 * The students (users with an enrollment in one of `courseIds`, the viewer's courses of the
 * center) having an enrollment that passes the course and status filters, with their latest
 * enrollment date. Reads the center's enrollments by the (center_id, created_at) index.
 */
function matchedSql(scope: Scope, filters: ListCenterStudentsFilters): Prisma.Sql {
  const status = filters.status ? STATUS[filters.status] : Prisma.sql`true`;
  return Prisma.sql`
    SELECT e.user_id, max(e.created_at) AS enrolled_at
    FROM enrollments e
    WHERE e.center_id = ${scope.centerId}::uuid AND e.course_id = ANY(${scope.courseIds}::uuid[])
    GROUP BY e.user_id
    HAVING bool_or(e.course_id = ANY(${scope.filterCourseIds}::uuid[]) AND ${status})`;
}

export type StudentListRow = { userId: string; enrolledAt: Date; lastActivityAt: Date; total: bigint };

/** The latest of the enrollment date, lesson views and quiz attempts in the viewer's courses, per student. */
function lastActivitySql(scope: Scope): Prisma.Sql {
  return Prisma.sql`greatest(
      s.enrolled_at,
      (SELECT max(p.last_viewed_at) FROM lesson_progress p WHERE p.user_id = s.user_id AND p.course_id = ANY(${scope.courseIds}::uuid[])),
      (SELECT max(coalesce(a.submitted_at, a.started_at)) FROM quiz_attempts a
        WHERE a.user_id = s.user_id AND a.center_id = ${scope.centerId}::uuid AND a.course_id = ANY(${scope.courseIds}::uuid[])))`;
}

/**
 * One page of students with their sort keys. Last activity is looked up per student through the
 * (user_id, …) indexes of lesson_progress and quiz_attempts: for every match when it is the sort
 * key, only for the page's rows otherwise. Offset paging: the sort key is computed, so a keyset
 * would not spare the work (ADR 0020).
 */
export function studentPageSql(scope: Scope, filters: ListCenterStudentsFilters, search: StudentSearch | null): Prisma.Sql {
  const window = Prisma.sql`LIMIT ${filters.pageSize} OFFSET ${(filters.page - 1) * filters.pageSize}`;
  const found = Prisma.sql`
    SELECT m.user_id, m.enrolled_at FROM (${matchedSql(scope, filters)}) m
    JOIN users u ON u.id = m.user_id
    WHERE true ${searchSql(search)}`;
  if (filters.sort === "enrolled") {
    return Prisma.sql`
      WITH page AS (
        SELECT f.user_id, f.enrolled_at, count(*) OVER () AS total FROM (${found}) f
        ORDER BY f.enrolled_at DESC, f.user_id DESC ${window}
      )
      SELECT s.user_id::text AS "userId", s.enrolled_at AS "enrolledAt", ${lastActivitySql(scope)} AS "lastActivityAt", s.total
      FROM page s
      ORDER BY s.enrolled_at DESC, s.user_id DESC`;
  }
  return Prisma.sql`
    WITH scored AS (SELECT s.user_id, s.enrolled_at, ${lastActivitySql(scope)} AS last_activity_at FROM (${found}) s)
    SELECT s.user_id::text AS "userId", s.enrolled_at AS "enrolledAt", s.last_activity_at AS "lastActivityAt", count(*) OVER () AS total
    FROM scored s
    ORDER BY s.last_activity_at DESC, s.user_id DESC ${window}`;
}

/** How many students match (for a page past the end, where the page query returns no row to carry it). */
export function studentCountSql(scope: Scope, filters: ListCenterStudentsFilters, search: StudentSearch | null): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*) AS total
    FROM (${matchedSql(scope, filters)}) m
    JOIN users u ON u.id = m.user_id
    WHERE true ${searchSql(search)}`;
}
