import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { assertMayAssign } from "./staff-rules";

export const revokeInvitationInput = z.object({ invitationId: z.uuid() });
export type RevokeInvitationInput = z.input<typeof revokeInvitationInput>;

/** Revokes a pending invitation of the center (only one whose role the actor may assign). */
export async function revokeInvitation(access: CenterAccess, input: RevokeInvitationInput, client: ClientInfo): Promise<void> {
  requirePermission(access, "staff.invite");
  const { invitationId } = revokeInvitationInput.parse(input);
  await db.$transaction(async (tx) => {
    const scope = centerScope(access);
    const invitation = await tx.centerInvitation.findFirst({
      where: { ...scope, id: invitationId, status: "PENDING" },
      select: { id: true, role: true },
    });
    if (!invitation) throw new AppError("not_found");
    assertMayAssign(access, invitation.role);
    // The status guard makes a concurrent acceptance and revocation exclusive.
    const { count } = await tx.centerInvitation.updateMany({
      where: { id: invitation.id, status: "PENDING" },
      data: { status: "REVOKED", revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found");
    await logActivity(tx, {
      action: "staff.invitation_revoked",
      actorUserId: access.userId,
      centerId: scope.centerId,
      targetType: "center_invitation",
      targetId: invitation.id,
      client,
      metadata: { role: invitation.role },
    });
  });
}
