import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
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
