import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";

/** The `where` of an enrollment that grants access now: ACTIVE and not past its expiry. */
export function activeEnrollmentWhere(now = new Date()): Prisma.EnrollmentWhereInput {
  return { status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
}

export type ActiveEnrollment = { id: string; centerId: string; courseId: string; completedAt: Date | null };

/** The actor's enrollment in a course if it grants access now, else null. */
export async function findActiveEnrollment(actor: Actor | null, courseId: string, client: Tx = db): Promise<ActiveEnrollment | null> {
  if (!actor) return null;
  return client.enrollment.findFirst({
    where: { userId: actor.userId, courseId, ...activeEnrollmentWhere() },
    select: { id: true, centerId: true, courseId: true, completedAt: true },
  });
}

/**
 * Security-critical: the gate of every enrolled-only read or write. No ACTIVE enrollment (revoked,
 * expired, never bought, or no such course) answers `not_found`, exactly like a missing id, so a
 * stranger cannot tell a paid course's lesson from one that does not exist.
 */
export async function requireEnrollment(actor: Actor | null, courseId: string, client: Tx = db): Promise<ActiveEnrollment> {
  const enrollment = await findActiveEnrollment(actor, courseId, client);
  if (!enrollment) throw new AppError("not_found");
  return enrollment;
}
