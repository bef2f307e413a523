import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { can, type AccessRole, type Permission } from "./permissions";

/** What a signed-in person may reach in one center, as resolved by `getCenterAccess`. */
export type CenterAccess = {
  readonly actor: Actor;
  readonly userId: string;
  readonly centerId: string;
  readonly centerSlug: string;
  readonly centerNameEn: string | null;
  readonly centerNameMy: string | null;
  readonly centerStatus: "PENDING" | "ACTIVE" | "SUSPENDED";
  readonly role: AccessRole;
};

// Security-critical: only objects made by getCenterAccess are accepted by the scope helpers, so a
// hand-built `{ centerId, role: "OWNER" }` can never widen anyone's reach.
const issued = new WeakSet<CenterAccess>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one entry to a center's data. Resolves the center by id or slug and the actor's role in it:
 * an ACTIVE membership of an ACTIVE user, or PLATFORM_ADMIN for the operator. Anyone else gets
 * `not_found`, exactly as for a center that does not exist (a foreign center is never confirmed).
 * A platform admin who is also staff of the center acts with their membership role there.
 */
export async function getCenterAccess(actor: Actor | null, centerIdOrSlug: string): Promise<CenterAccess> {
  if (!actor) throw new AppError("not_found");
  const where = UUID.test(centerIdOrSlug) ? { id: centerIdOrSlug } : { slug: centerIdOrSlug };
  const center = await db.center.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameMy: true,
      status: true,
      memberships: {
        where: { userId: actor.userId, status: "ACTIVE", user: { status: "ACTIVE" } },
        select: { role: true },
        take: 1,
      },
    },
  });
  if (!center) throw new AppError("not_found");
  const role: AccessRole | undefined =
    center.memberships[0]?.role ?? (actor.platformRole === "PLATFORM_ADMIN" ? "PLATFORM_ADMIN" : undefined);
  if (!role) throw new AppError("not_found");
  const access: CenterAccess = Object.freeze({
    actor,
    userId: actor.userId,
    centerId: center.id,
    centerSlug: center.slug,
    centerNameEn: center.nameEn,
    centerNameMy: center.nameMy,
    centerStatus: center.status,
    role,
  });
  issued.add(access);
  return access;
}

function assertIssued(access: CenterAccess): void {
  if (!issued.has(access)) throw new AppError("not_found");
}

/**
 * Throws `forbidden` (403) when the member's role lacks the permission: a member knows the center
 * exists, so there is nothing to hide; a non-member never gets this far (404 above).
 */
export function requirePermission(access: CenterAccess, permission: Permission): void {
  assertIssued(access);
  if (!can(access.role, permission)) throw new AppError("forbidden");
}

/** True when the access holds the permission (for showing or hiding links and forms). */
export function hasPermission(access: CenterAccess, permission: Permission): boolean {
  return issued.has(access) && can(access.role, permission);
}

/** The `where` fragment of every center-owned query: `{ centerId }` of the resolved center. */
export function centerScope(access: CenterAccess): { centerId: string } {
  assertIssued(access);
  return { centerId: access.centerId };
}

/**
 * The `where` fragment of every course query (and, through `course: courseScope(a)`, of every
 * course child): instructors reach only the courses they are assigned to (policy S5), everyone
 * else with access reaches all of the center's courses.
 */
export function courseScope(access: CenterAccess): Prisma.CourseWhereInput {
  assertIssued(access);
  if (access.role === "INSTRUCTOR") {
    return { centerId: access.centerId, instructors: { some: { instructor: { userId: access.userId } } } };
  }
  return { centerId: access.centerId };
}
