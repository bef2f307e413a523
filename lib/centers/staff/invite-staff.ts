import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { hashToken, newOpaqueToken } from "@/lib/auth/opaque-token";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { assertMayAssign, INVITATION_TTL_MS, lockCenterStaff, STAFF_ROLES } from "./staff-rules";

/** One schema for the invite form, its server action and this function. */
export const inviteStaffInput = z
  .object({
    phone: z.string().trim().max(40).optional(),
    email: z.string().trim().max(254).optional(),
    role: z.enum(STAFF_ROLES),
  })
  .refine((v) => Boolean(v.phone) !== Boolean(v.email), { message: "Give a phone number or an email", path: ["phone"] });

export type InviteStaffInput = z.input<typeof inviteStaffInput>;

export type InviteStaffResult = {
  invitationId: string;
  expiresAt: string;
  /**
   * The raw token, for the notification work that will send the invitation text (it is never
   * stored, shown or logged). Acceptance does not need it: signing in with the invited phone or
   * email accepts (lib/access/accept-invitations.ts).
   */
  token: string;
};

/**
 * Invites a person to the center's staff by phone or email. Owners may invite owners, admins and
 * instructors; admins may invite admins and instructors (assignableRoles). One pending invitation
 * per contact per center; a contact that is already active staff is a conflict.
 */
export async function inviteStaff(access: CenterAccess, input: InviteStaffInput, client: ClientInfo): Promise<InviteStaffResult> {
  requirePermission(access, "staff.invite");
  const parsed = inviteStaffInput.parse(input);
  assertMayAssign(access, parsed.role);
  const contact = normalizeContact(parsed.phone ? { phone: parsed.phone } : { email: parsed.email });
  const match = contact.kind === "phone" ? { phone: contact.value } : { email: contact.value };
  const token = newOpaqueToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);

  const invitation = await db.$transaction(async (tx) => {
    const scope = centerScope(access);
    await lockCenterStaff(tx, scope.centerId);
    const member = await tx.centerMembership.findFirst({
      where: { ...scope, status: "ACTIVE", user: match },
      select: { id: true },
    });
    if (member) throw new AppError("conflict", { details: { reason: "already_staff" } });
    // Invitations left PENDING past their expiry are closed here so they cannot block a new one.
    await tx.centerInvitation.updateMany({
      where: { ...scope, ...match, status: "PENDING", expiresAt: { lte: now } },
      data: { status: "EXPIRED" },
    });
    const pending = await tx.centerInvitation.findFirst({ where: { ...scope, ...match, status: "PENDING" }, select: { id: true } });
    if (pending) throw new AppError("conflict", { details: { reason: "already_invited" } });
    const created = await tx.centerInvitation.create({
      data: { ...scope, ...match, role: parsed.role, tokenHash: hashToken(token), expiresAt, invitedById: access.userId },
      select: { id: true, expiresAt: true },
    });
    await logActivity(tx, {
      action: "staff.invited",
      actorUserId: access.userId,
      centerId: scope.centerId,
      targetType: "center_invitation",
      targetId: created.id,
      client,
      metadata: { role: parsed.role, contactKind: contact.kind },
    });
    return created;
  });
  return { invitationId: invitation.id, expiresAt: invitation.expiresAt.toISOString(), token };
}
