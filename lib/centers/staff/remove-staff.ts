import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertNotLastOwner, lockActiveMember } from "./staff-rules";

export const removeStaffInput = z.object({ membershipId: z.uuid() });
export type RemoveStaffInput = z.input<typeof removeStaffInput>;

/**
 * Removes a member from the center's staff: the membership is deactivated (the row stays for the
 * records), so the person loses access at once. Admins cannot remove owners; nobody can remove
 * the last owner (themselves included).
 */
export async function removeStaff(access: CenterAccess, input: RemoveStaffInput, client: ClientInfo): Promise<void> {
  requirePermission(access, "staff.remove");
  const { membershipId } = removeStaffInput.parse(input);
  await db.$transaction(async (tx) => {
    const scope = centerScope(access);
    const member = await lockActiveMember(tx, access, membershipId);
    if (member.role === "OWNER") await assertNotLastOwner(tx, scope.centerId, member.id);
    await tx.centerMembership.update({ where: { id: member.id }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
    await logActivity(tx, {
      action: "staff.removed",
      actorUserId: access.userId,
      centerId: scope.centerId,
      targetType: "center_membership",
      targetId: member.id,
      client,
      metadata: { role: member.role, userId: member.userId },
    });
  });
}
