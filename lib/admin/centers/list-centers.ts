import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertPlatformAdmin } from "../operator";

export const CENTER_STATUSES = ["PENDING", "ACTIVE", "SUSPENDED"] as const;
export const centerListQuery = z.object({ status: z.enum(CENTER_STATUSES).optional() });

export type AdminCenterDto = {
  id: string;
  slug: string;
  nameEn: string | null;
  nameMy: string | null;
  status: (typeof CENTER_STATUSES)[number];
  createdAt: string;
  approvedAt: string | null;
  suspendedAt: string | null;
  courseCount: number;
  staffCount: number;
};

/** Centers for the operator, waiting ones first (PENDING, then ACTIVE, then SUSPENDED), newest first within each. */
export async function listCentersForAdmin(actor: Actor | null, query: z.input<typeof centerListQuery> = {}): Promise<AdminCenterDto[]> {
  assertPlatformAdmin(actor);
  const { status } = centerListQuery.parse(query);
  const rows = await db.center.findMany({
    where: status ? { status } : {},
    // PostgreSQL sorts an enum by its declaration order: PENDING, ACTIVE, SUSPENDED.
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameMy: true,
      status: true,
      createdAt: true,
      approvedAt: true,
      suspendedAt: true,
      _count: { select: { courses: true, memberships: { where: { status: "ACTIVE" } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    nameEn: row.nameEn,
    nameMy: row.nameMy,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    suspendedAt: row.suspendedAt?.toISOString() ?? null,
    courseCount: row._count.courses,
    staffCount: row._count.memberships,
  }));
}
