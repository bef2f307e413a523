import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { grantEnrollmentInput, type GrantEnrollmentInput } from "./enrollment-input";

export { GRANT_REASONS, grantEnrollmentInput, type GrantEnrollmentInput } from "./enrollment-input";

/**
 * Gives a student a course of this center without an order (source ADMIN_GRANT). Idempotent for an
 * ACTIVE enrollment; a revoked or expired one is reactivated (one row per user and course).
 * Course of another center, or a user who is not active: `not_found`.
 */
export async function grantEnrollment(access: CenterAccess, input: GrantEnrollmentInput, client?: ClientInfo): Promise<{ enrollmentId: string; created: boolean }> {
  requirePermission(access, "enrollment.grant");
  const { courseId, userId, reason } = grantEnrollmentInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await tx.course.findFirst({ where: { id: courseId, ...courseScope(access) }, select: { id: true, centerId: true } });
    const user = await tx.user.findFirst({ where: { id: userId, status: "ACTIVE" }, select: { id: true } });
    if (!course || !user) throw new AppError("not_found");
    const existing = await tx.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { id: true, status: true, expiresAt: true } });
    if (existing?.status === "ACTIVE" && (!existing.expiresAt || existing.expiresAt > new Date())) {
      return { enrollmentId: existing.id, created: false };
    }
    const grant = { source: "ADMIN_GRANT" as const, status: "ACTIVE" as const, grantedById: access.userId, expiresAt: null };
    const enrollment = existing
      ? await tx.enrollment.update({
          where: { id: existing.id },
          data: { ...grant, orderId: null, revokedAt: null, revocationReason: null, revocationNote: null },
          select: { id: true },
        })
      : await tx.enrollment.create({ data: { ...grant, userId, courseId, centerId: course.centerId }, select: { id: true } });
    await logActivity(tx, {
      action: "enrollment.granted",
      actorUserId: access.userId,
      centerId: course.centerId,
      targetType: "enrollment",
      targetId: enrollment.id,
      client,
      metadata: { courseId, reason, reactivated: Boolean(existing) },
    });
    return { enrollmentId: enrollment.id, created: true };
  });
}
