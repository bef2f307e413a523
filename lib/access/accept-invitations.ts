import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import { ensureInstructorProfile } from "@/lib/centers/staff/ensure-instructor-profile";
import { strongerRole, type StaffRole } from "@/lib/centers/staff/staff-rules";
import type { Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";

type Invitation = { id: string; centerId: string; role: StaffRole };

/**
 * Turns every PENDING, unexpired staff invitation addressed to the user's phone or email into an
 * ACTIVE membership; called inside the sign-in transaction, so signing in with the invited contact
 * is the acceptance (the contact was just proven by the OTP). Instructors also get an
 * InstructorProfile. An existing membership is reactivated and never demoted. Idempotent: a second
 * call finds nothing pending. Returns how many invitations were accepted.
 */
export async function acceptPendingInvitations(
  tx: Tx,
  user: { id: string; phone: string | null; email: string | null },
  client: ClientInfo,
): Promise<number> {
  const contacts = [...(user.phone ? [{ phone: user.phone }] : []), ...(user.email ? [{ email: user.email }] : [])];
  if (contacts.length === 0) return 0;
  const now = new Date();
  const found = await tx.centerInvitation.findMany({
    where: { status: "PENDING", expiresAt: { gt: now }, OR: contacts },
    orderBy: { createdAt: "asc" },
    select: { id: true, centerId: true, role: true },
  });
  let accepted = 0;
  for (const invitation of found) {
    // Claim it first: the status guard makes a concurrent revocation or sign-in lose cleanly.
    const { count } = await tx.centerInvitation.updateMany({
      where: { id: invitation.id, status: "PENDING", expiresAt: { gt: now } },
      data: { status: "ACCEPTED", acceptedById: user.id, acceptedAt: now },
    });
    if (count === 0) continue;
    const membershipId = await upsertMembership(tx, user.id, invitation);
    accepted += 1;
    await logActivity(tx, {
      action: "staff.invitation_accepted",
      actorUserId: user.id,
      centerId: invitation.centerId,
      targetType: "center_invitation",
      targetId: invitation.id,
      client,
      metadata: { role: invitation.role, membershipId },
    });
  }
  return accepted;
}

async function upsertMembership(tx: Tx, userId: string, invitation: Invitation): Promise<string> {
  const existing = await tx.centerMembership.findUnique({
    where: { centerId_userId: { centerId: invitation.centerId, userId } },
    select: { id: true, role: true, status: true },
  });
  let role: StaffRole = invitation.role;
  let id: string;
  if (!existing) {
    id = (await tx.centerMembership.create({ data: { centerId: invitation.centerId, userId, role }, select: { id: true } })).id;
  } else {
    if (existing.status === "ACTIVE") role = strongerRole(existing.role, invitation.role);
    await tx.centerMembership.update({ where: { id: existing.id }, data: { role, status: "ACTIVE", deactivatedAt: null } });
    id = existing.id;
  }
  if (role === "INSTRUCTOR") await ensureInstructorProfile(tx, userId);
  return id;
}
