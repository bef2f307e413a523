import "server-only";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { StaffRole } from "./staff-rules";

export type StaffMember = {
  membershipId: string;
  userId: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  role: StaffRole;
  since: string;
};

export type PendingInvitation = {
  id: string;
  role: StaffRole;
  phone: string | null;
  email: string | null;
  expiresAt: string;
  createdAt: string;
};

/** The center's active staff, owners first (owners, admins, platform admins). */
export async function listStaff(access: CenterAccess): Promise<StaffMember[]> {
  requirePermission(access, "staff.read");
  const rows = await db.centerMembership.findMany({
    where: { ...centerScope(access), status: "ACTIVE" },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, phone: true, email: true } } },
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    phone: row.user.phone,
    email: row.user.email,
    role: row.role,
    since: row.createdAt.toISOString(),
  }));
}

/** Invitations of the center that can still be accepted, newest first. */
export async function listPendingInvitations(access: CenterAccess): Promise<PendingInvitation[]> {
  requirePermission(access, "staff.read");
  const rows = await db.centerInvitation.findMany({
    where: { ...centerScope(access), status: "PENDING", expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, phone: true, email: true, expiresAt: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, expiresAt: row.expiresAt.toISOString(), createdAt: row.createdAt.toISOString() }));
}
