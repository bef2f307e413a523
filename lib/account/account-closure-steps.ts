import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { assertNotLastOwner, lockCenterStaff } from "@/lib/centers/staff/staff-rules";
import type { Tx } from "@/lib/db";
import type { SessionRevokedReason } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { removeTelegramLink } from "@/lib/telegram/remove-telegram-link";

/**
 * What every step of closing an account knows. Steps run in one transaction, in order. `action`
 * names the activity-log entries; `revokedReason` is recorded on the revoked sessions.
 */
export type ClosureContext = { tx: Tx; userId: string; now: Date; client: ClientInfo; action: string; revokedReason?: SessionRevokedReason };
export type ClosureStep = (context: ClosureContext) => Promise<void>;

/**
 * Refuses while the person is the last active owner of any center (locked per center, in a fixed
 * order so two closures cannot deadlock): a center must never be left without an owner.
 */
export const assertNoCenterLeftOwnerless: ClosureStep = async ({ tx, userId }) => {
  const owned = await tx.centerMembership.findMany({
    where: { userId, role: "OWNER", status: "ACTIVE" },
    select: { id: true, centerId: true, center: { select: { slug: true, nameEn: true, nameMy: true } } },
    orderBy: { centerId: "asc" },
  });
  for (const membership of owned) {
    await lockCenterStaff(tx, membership.centerId);
    await assertNotLastOwner(tx, membership.centerId, membership.id).catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      const { slug, nameEn, nameMy } = membership.center;
      throw new AppError("conflict", {
        message: error.message,
        details: { reason: "last_owner", centerSlug: slug, centerNameEn: nameEn, centerNameMy: nameMy },
      });
    });
  }
};

/** Ends every active membership; each center's activity log records that its member left this way. */
export const endMemberships: ClosureStep = async ({ tx, userId, now, client, action }) => {
  const memberships = await tx.centerMembership.findMany({ where: { userId, status: "ACTIVE" }, select: { id: true, centerId: true, role: true } });
  await tx.centerMembership.updateMany({ where: { id: { in: memberships.map((m) => m.id) } }, data: { status: "DEACTIVATED", deactivatedAt: now } });
  for (const membership of memberships) {
    await logActivity(tx, {
      action,
      actorUserId: userId,
      centerId: membership.centerId,
      targetType: "center_membership",
      targetId: membership.id,
      client,
      metadata: { role: membership.role },
    });
  }
};

/** Revokes every web and mobile session and refresh token; push tokens go too (no more pushes). */
export const revokeSignIns: ClosureStep = async ({ tx, userId, revokedReason }) => {
  await signOutEverywhere(userId, revokedReason ?? "ACCOUNT_DEACTIVATED", tx);
  await tx.deviceToken.deleteMany({ where: { userId } });
};

/** Deletes the Telegram link (policy S1.3, S6), first queueing the person's removal from course groups. */
export const unlinkTelegram: ClosureStep = async ({ tx, userId }) => {
  await removeTelegramLink(tx, userId);
};
