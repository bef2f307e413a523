import "server-only";
import type { Tx } from "@/lib/db";

/** Instructors need a public profile to be assigned to courses: one per user, made on demand. */
export async function ensureInstructorProfile(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
  await tx.instructorProfile.upsert({
    where: { userId },
    create: { userId, displayNameEn: user?.name ?? null, displayNameMy: user?.name ?? null },
    update: {},
  });
}
