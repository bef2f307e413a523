import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import { invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { CATALOG_CACHE_PREFIX } from "@/lib/catalog/cached-catalog";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { assertNoCenterLeftOwnerless, endMemberships, revokeSignIns, unlinkTelegram, type ClosureStep } from "./account-closure-steps";

/**
 * The steps of a deactivation, in order, inside one transaction: all of them happen or none does.
 * Account deletion (policy S6: anonymize name, phone, email, photo, Telegram) extends this list
 * with its own steps rather than copying it.
 */
export const DEACTIVATION_STEPS: readonly ClosureStep[] = [assertNoCenterLeftOwnerless, endMemberships, revokeSignIns, unlinkTelegram];

/**
 * Deactivates a person's account (policy C1–C6: "an admin can deactivate their account"): status
 * DEACTIVATED, every membership ended, every session and refresh token revoked. The person can no
 * longer sign in (sign-in refuses non-ACTIVE users). Refused while they are a center's last owner.
 */
export async function deactivateAccount(
  userId: string,
  options: { client: ClientInfo; steps?: readonly ClosureStep[] },
): Promise<void> {
  const steps = options.steps ?? DEACTIVATION_STEPS;
  await db.$transaction(async (tx) => {
    const now = new Date();
    // Row lock: two deactivation requests of one person run one after the other.
    const marked = await tx.user.updateMany({ where: { id: userId, status: "ACTIVE" }, data: { status: "DEACTIVATED", deactivatedAt: now } });
    if (marked.count === 0) throw new AppError("not_found");
    const context = { tx, userId, now, client: options.client, action: "account.deactivated" };
    for (const step of steps) await step(context);
    // One entry on the person's own record even when they belonged to no center.
    await logActivity(tx, { action: "account.deactivated", actorUserId: userId, targetType: "user", targetId: userId, client: options.client });
  });
  // Public instructor pages and lists may show this person: drop every instance's cached copies.
  await invalidatePublicReads(CATALOG_CACHE_PREFIX);
}
