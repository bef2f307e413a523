import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { revokeMobileSession } from "@/lib/auth/mobile-tokens";
import { assertMayAssign } from "@/lib/centers/staff/staff-rules";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";

export const revokeStaffSessionInput = z.object({ kind: z.enum(["web", "mobile"]), sessionId: z.uuid() });
export type RevokeStaffSessionInput = z.input<typeof revokeStaffSessionInput>;

/**
 * Signs a staff member out of one session (owners and admins). Security-critical: the session must
 * belong to someone with an ACTIVE membership of THIS center — anyone else's session answers
 * not_found exactly like a missing one — and an admin may not sign out an owner (assignableRoles).
 */
export async function revokeStaffSession(access: CenterAccess, input: RevokeStaffSessionInput, client: ClientInfo): Promise<void> {
  requirePermission(access, "session.read");
  requirePermission(access, "session.revoke");
  const { kind, sessionId } = revokeStaffSessionInput.parse(input);
  const scope = centerScope(access);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const owner = { memberships: { where: { ...scope, status: "ACTIVE" as const }, select: { role: true } } };
    const found =
      kind === "web"
        ? await tx.session.findFirst({ where: { id: sessionId, revokedAt: null, expires: { gt: now } }, select: { userId: true, user: { select: owner } } })
        : await tx.mobileSession.findFirst({ where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } }, select: { userId: true, user: { select: owner } } });
    const role = found?.user.memberships[0]?.role;
    if (!found || !role) throw new AppError("not_found");
    assertMayAssign(access, role);
    if (kind === "web") {
      await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: "ADMIN" } });
    } else {
      await revokeMobileSession(sessionId, "ADMIN", tx);
    }
    await logActivity(tx, {
      action: "session.revoked",
      actorUserId: access.userId,
      centerId: scope.centerId,
      targetType: kind === "web" ? "session" : "mobile_session",
      targetId: sessionId,
      client,
      metadata: { userId: found.userId, role },
    });
  });
}
