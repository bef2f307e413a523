import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SessionRevokedReason } from "@/lib/generated/prisma/client";

/**
 * Revokes every web and mobile session of a user, with every refresh token. Pass the caller's
 * transaction (account deletion, deactivation) so the revocation commits with the change.
 */
export async function signOutEverywhere(userId: string, reason: SessionRevokedReason, tx?: Tx): Promise<void> {
  if (!tx) return db.$transaction((inner) => signOutEverywhere(userId, reason, inner));
  const now = new Date();
  await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  await tx.mobileSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  await tx.refreshToken.updateMany({ where: { session: { userId }, revokedAt: null }, data: { revokedAt: now } });
}
