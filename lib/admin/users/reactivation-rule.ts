import "server-only";
import type { Db, Tx } from "@/lib/db";

export const OPERATOR_DEACTIVATED = "admin.user.deactivated";

/**
 * Only a deactivation an operator made can be undone by an operator: a person who closed their own
 * account decided that themselves. The operator's log entry carries the deactivation's own
 * timestamp, so it matches this deactivation and not an earlier one.
 */
export async function canReactivate(client: Db | Tx, userId: string): Promise<boolean> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { status: true, deactivatedAt: true } });
  if (user?.status !== "DEACTIVATED" || !user.deactivatedAt) return false;
  const entry = await client.activityLog.findFirst({
    where: { action: OPERATOR_DEACTIVATED, targetType: "user", targetId: userId, metadata: { path: ["deactivatedAt"], equals: user.deactivatedAt.toISOString() } },
    select: { id: true },
  });
  return entry !== null;
}
