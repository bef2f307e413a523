import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { revokeEnrollmentInput, type RevokeEnrollmentInput } from "./enrollment-input";

export { revokeEnrollmentInput, type RevokeEnrollmentInput } from "./enrollment-input";

/**
 * Ends a student's access to a course of this center. Idempotent: an enrollment that is already
 * not ACTIVE is left as it is. Another center's enrollment id answers `not_found`.
 */
export async function revokeEnrollment(access: CenterAccess, input: RevokeEnrollmentInput, client?: ClientInfo): Promise<{ enrollmentId: string; revoked: boolean }> {
  requirePermission(access, "enrollment.revoke");
  const { enrollmentId, reason, note } = revokeEnrollmentInput.parse(input);
  return db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.findFirst({
      where: { id: enrollmentId, centerId: access.centerId, course: courseScope(access) },
      select: { id: true, status: true, courseId: true, centerId: true },
    });
    if (!enrollment) throw new AppError("not_found");
    if (enrollment.status !== "ACTIVE") return { enrollmentId, revoked: false };
    await tx.enrollment.update({
      where: { id: enrollment.id },
      data: { status: "REVOKED", revokedAt: new Date(), revocationReason: reason, revocationNote: note ?? null },
    });
    await logActivity(tx, {
      action: "enrollment.revoked",
      actorUserId: access.userId,
      centerId: enrollment.centerId,
      targetType: "enrollment",
      targetId: enrollment.id,
      client,
      metadata: { courseId: enrollment.courseId, reason },
    });
    return { enrollmentId, revoked: true };
  });
}
