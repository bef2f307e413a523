import "server-only";
import { z } from "zod";
import { assertNoCenterLeftOwnerless, endMemberships, unlinkTelegram, type ClosureStep } from "@/lib/account/account-closure-steps";
import { deactivateAccount } from "@/lib/account/deactivate-account";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { assertPlatformAdmin } from "../operator";
import { canReactivate, OPERATOR_DEACTIVATED } from "./reactivation-rule";

export const userStatusAction = z.object({ userId: z.uuid(), action: z.enum(["deactivate", "reactivate"]) });
export type UserStatusAction = z.infer<typeof userStatusAction>;

/** Like the person's own closure, but the sign-ins are revoked with reason ADMIN. */
const revokeSignInsByOperator: ClosureStep = async ({ tx, userId }) => {
  await signOutEverywhere(userId, "ADMIN", tx);
  await tx.deviceToken.deleteMany({ where: { userId } });
};

function operatorEntry(actor: Actor): ClosureStep {
  return async ({ tx, userId, now, client }) => {
    await logActivity(tx, { action: OPERATOR_DEACTIVATED, actorUserId: actor.userId, targetType: "user", targetId: userId, client, metadata: { deactivatedAt: now.toISOString() } });
  };
}

/**
 * The operator deactivates or reactivates an account. Deactivation reuses the account closure
 * (lib/account): same steps, same last-owner refusal, in one transaction, plus the operator's own
 * log entry. Reactivation only undoes an operator's deactivation; ended memberships stay ended.
 */
export async function setUserStatus(actor: Actor | null, input: UserStatusAction, client: ClientInfo): Promise<void> {
  assertPlatformAdmin(actor);
  const { userId, action } = userStatusAction.parse(input);
  // An operator locking themselves out would leave nobody to undo it.
  if (userId === actor.userId) throw new AppError("forbidden");
  if (action === "deactivate") {
    await deactivateAccount(userId, { client, steps: [assertNoCenterLeftOwnerless, endMemberships, revokeSignInsByOperator, unlinkTelegram, operatorEntry(actor)] });
    return;
  }
  await db.$transaction(async (tx) => {
    // Row lock first: a reactivation racing a deactivation sees the settled row.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found");
    if (!(await canReactivate(tx, userId))) throw new AppError("conflict");
    await tx.user.update({ where: { id: userId }, data: { status: "ACTIVE", deactivatedAt: null }, select: { id: true } });
    await logActivity(tx, { action: "admin.user.reactivated", actorUserId: actor.userId, targetType: "user", targetId: userId, client });
  });
}
