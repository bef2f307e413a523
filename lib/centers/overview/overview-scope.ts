import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import type { Permission } from "@/lib/access/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodBounds, type OverviewPeriod } from "./overview-period";

/** Myanmar's calendar for day buckets, whatever the database server's zone. */
export const YANGON = "Asia/Yangon";

/**
 * What one overview query may count: the center and, for an instructor, only the courses assigned
 * to them (policy S5). The course ids come from `courseScope`, the one tenant mechanism (ADR 0009),
 * so the raw SQL below never decides on its own who sees which course.
 */
export type OverviewScope = { centerId: string; courseIds: string[] | null; start: Date; end: Date };

/** Checks the permission and resolves the scope of a figure for a period. */
export async function overviewScope(access: CenterAccess, permission: Permission, period: Pick<OverviewPeriod, "from" | "to">): Promise<OverviewScope> {
  requirePermission(access, permission);
  const scope = courseScope(access);
  const courseIds =
    access.role === "INSTRUCTOR" ? (await db.course.findMany({ where: scope, select: { id: true } })).map((course) => course.id) : null;
  return { centerId: access.centerId, courseIds, ...periodBounds(period) };
}

/** `AND <column> = ANY(<assigned course ids>)` for an instructor, nothing for everyone else. */
export function courseFilter(scope: OverviewScope, column: Prisma.Sql): Prisma.Sql {
  return scope.courseIds ? Prisma.sql`AND ${column} = ANY(${scope.courseIds}::uuid[])` : Prisma.empty;
}

/** A Yangon calendar day (YYYY-MM-DD) of a timestamp column, for grouping. */
export function yangonDay(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column} AT TIME ZONE ${YANGON}, 'YYYY-MM-DD')`;
}

export type Currency = "MMK" | "USD";

/** MMK first, then the rest alphabetically: the order every per-currency list is shown in. */
export function byCurrency(a: Currency, b: Currency): number {
  return a === b ? 0 : a === "MMK" ? -1 : b === "MMK" ? 1 : a.localeCompare(b);
}
