import "server-only";
import { getCenterAccess, requirePermission, centerScope, type CenterAccess } from "@/lib/access/center-scope";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { decodeCursor, toPage } from "@/lib/http/pagination";

export type ActivityItem = {
  id: string;
  action: string;
  actor: { id: string; name: string | null } | null;
  center: { id: string; slug: string; nameEn: string | null; nameMy: string | null } | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  country: string | null;
  deviceType: string | null;
  os: string | null;
  browser: string | null;
  appVersion: string | null;
  metadata: Record<string, unknown> | null;
  createdAt: string;
};

export type ActivityQuery = { cursor?: string; limit: number; action?: string };
export type ActivityPage = { items: ActivityItem[]; nextCursor: string | null };

const activitySelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  ip: true,
  country: true,
  deviceType: true,
  os: true,
  browser: true,
  appVersion: true,
  metadata: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
  center: { select: { id: true, slug: true, nameEn: true, nameMy: true } },
} satisfies Prisma.ActivityLogSelect;

type Row = Prisma.ActivityLogGetPayload<{ select: typeof activitySelect }>;

/** A center's activity log, newest first, keyset-paginated (owners, admins, platform admins). */
export async function listActivity(access: CenterAccess, query: ActivityQuery): Promise<ActivityPage> {
  requirePermission(access, "activity.read");
  return page({ ...centerScope(access) }, query);
}

/** Every center's and the platform's activity, newest first: platform admins only (others 404). */
export async function listAllActivity(actor: Actor | null, query: ActivityQuery & { centerId?: string }): Promise<ActivityPage> {
  if (actor?.platformRole !== "PLATFORM_ADMIN") throw new AppError("not_found");
  const where: Prisma.ActivityLogWhereInput = {};
  if (query.centerId) where.centerId = (await getCenterAccess(actor, query.centerId)).centerId;
  return page(where, query);
}

async function page(base: Prisma.ActivityLogWhereInput, query: ActivityQuery): Promise<ActivityPage> {
  const where: Prisma.ActivityLogWhereInput = { ...base, ...(query.action ? { action: query.action } : {}) };
  const after = decodeCursor(query.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] }];
  }
  const rows = await db.activityLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: activitySelect,
  });
  return toPage(rows, query.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), toItem);
}

function toItem(row: Row): ActivityItem {
  return {
    id: row.id,
    action: row.action,
    actor: row.actor ? { id: row.actor.id, name: row.actor.name } : null,
    center: row.center,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    country: row.country,
    deviceType: row.deviceType,
    os: row.os,
    browser: row.browser,
    appVersion: row.appVersion,
    metadata: row.metadata && typeof row.metadata === "object" && !Array.isArray(row.metadata) ? (row.metadata as Record<string, unknown>) : null,
    createdAt: row.createdAt.toISOString(),
  };
}
