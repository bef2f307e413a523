import "server-only";
import { centerScope, type CenterAccess } from "@/lib/access/center-scope";
import { assignableRoles } from "@/lib/access/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

export type StaffRole = "OWNER" | "ADMIN" | "INSTRUCTOR";
export const STAFF_ROLES = ["OWNER", "ADMIN", "INSTRUCTOR"] as const;

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const RANK: Record<StaffRole, number> = { OWNER: 3, ADMIN: 2, INSTRUCTOR: 1 };

/** The stronger of two roles (an accepted invitation never demotes an existing member). */
export const strongerRole = (a: StaffRole, b: StaffRole): StaffRole => (RANK[a] >= RANK[b] ? a : b);

/** Forbidden unless the actor's role may hand out (or take away) `role` — see assignableRoles. */
export function assertMayAssign(access: CenterAccess, role: StaffRole): void {
  if (!assignableRoles(access.role).includes(role)) throw new AppError("forbidden");
}

/**
 * Serialises staff changes of one center (transaction-scoped advisory lock), so that two owners
 * demoting each other at once cannot both pass the last-owner check, and two invitations to one
 * contact cannot both pass the "one pending invitation" check.
 */
export async function lockCenterStaff(tx: Tx, centerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`center-staff:${centerId}`}))`;
}

/** Conflict when the center would be left without an active owner. Call under lockCenterStaff. */
export async function assertNotLastOwner(tx: Tx, centerId: string, membershipId: string): Promise<void> {
  const otherOwners = await tx.centerMembership.count({
    // A deactivated or deleted person cannot run the center: they do not count as an owner.
    where: { centerId, role: "OWNER", status: "ACTIVE", id: { not: membershipId }, user: { status: "ACTIVE" } },
  });
  if (otherOwners === 0) {
    throw new AppError("conflict", { message: "A center needs at least one owner.", details: { reason: "last_owner" } });
  }
}

/**
 * Locks the center's staff (lockCenterStaff) and loads an ACTIVE membership of this center that
 * the actor may manage: another center's or an unknown id is `not_found`, a role the actor may not
 * assign (an admin facing an owner) is refused by assertMayAssign.
 */
export async function lockActiveMember(tx: Tx, access: CenterAccess, membershipId: string) {
  const scope = centerScope(access);
  await lockCenterStaff(tx, scope.centerId);
  const member = await tx.centerMembership.findFirst({
    where: { ...scope, id: membershipId, status: "ACTIVE" },
    select: { id: true, role: true, userId: true },
  });
  if (!member) throw new AppError("not_found");
  assertMayAssign(access, member.role);
  return member;
}
