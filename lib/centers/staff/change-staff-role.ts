import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { ensureInstructorProfile } from "./ensure-instructor-profile";
import { assertMayAssign, assertNotLastOwner, lockActiveMember, STAFF_ROLES } from "./staff-rules";

export const changeStaffRoleInput = z.object({ membershipId: z.uuid(), role: z.enum(STAFF_ROLES) });
export type ChangeStaffRoleInput = z.input<typeof changeStaffRoleInput>;

/**
 * Changes an active member's role. The actor must be allowed to assign both the member's current
 * role and the new one (an admin never touches an owner); the last owner cannot be demoted.
 */
export async function changeStaffRole(access: CenterAccess, input: ChangeStaffRoleInput, client: ClientInfo): Promise<void> {
  requirePermission(access, "staff.update_role");
  const { membershipId, role } = changeStaffRoleInput.parse(input);
  await db.$transaction(async (tx) => {
    const scope = centerScope(access);
    const member = await lockActiveMember(tx, access, membershipId);
    assertMayAssign(access, role);
    if (member.role === role) return;
    if (member.role === "OWNER") await assertNotLastOwner(tx, scope.centerId, member.id);
    await tx.centerMembership.update({ where: { id: member.id }, data: { role } });
    if (role === "INSTRUCTOR") await ensureInstructorProfile(tx, member.userId);
    await logActivity(tx, {
      action: "staff.role_changed",
      actorUserId: access.userId,
      centerId: scope.centerId,
      targetType: "center_membership",
      targetId: member.id,
      client,
      metadata: { from: member.role, to: role, userId: member.userId },
    });
  });
}
