import "server-only";
import { z } from "zod";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { CATALOG_CACHE_PREFIX } from "@/lib/catalog/cached-catalog";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { assertPlatformAdmin } from "../operator";

export const centerStatusAction = z.object({ centerId: z.uuid(), action: z.enum(["approve", "suspend", "reinstate"]) });
export type CenterStatusAction = z.infer<typeof centerStatusAction>;

// Each action moves a center from exactly one status to another; anything else is a conflict
// (approving an active center twice, suspending a pending one).
const MOVES = {
  approve: { from: "PENDING", to: "ACTIVE", logged: "center.approved" },
  suspend: { from: "ACTIVE", to: "SUSPENDED", logged: "center.suspended" },
  reinstate: { from: "SUSPENDED", to: "ACTIVE", logged: "center.reinstated" },
} as const;

/**
 * Approves, suspends or reinstates a center. Only an ACTIVE center is listed, searched or sold
 * (lib/catalog `center: { status: "ACTIVE" }`, checkout through `publicCourseWhere`), so a
 * suspension takes its courses off the site and out of checkout at once; enrolled students keep
 * what they bought. Logged in the center's activity log.
 */
export async function setCenterStatus(actor: Actor | null, input: CenterStatusAction, client?: ClientInfo, now = new Date()): Promise<void> {
  assertPlatformAdmin(actor);
  const { centerId, action } = centerStatusAction.parse(input);
  const move = MOVES[action];
  await db.$transaction(async (tx) => {
    const exists = await tx.center.findUnique({ where: { id: centerId }, select: { id: true } });
    if (!exists) throw new AppError("not_found");
    const data =
      action === "approve"
        ? { status: move.to, approvedAt: now, approvedById: actor.userId }
        : action === "suspend"
          ? { status: move.to, suspendedAt: now }
          : { status: move.to, suspendedAt: null };
    // The status condition makes a double submit or a race a conflict instead of a second change.
    const changed = await tx.center.updateMany({ where: { id: centerId, status: move.from }, data });
    if (changed.count === 0) throw new AppError("conflict");
    await logActivity(tx, { action: move.logged, actorUserId: actor.userId, centerId, targetType: "center", targetId: centerId, client, metadata: { from: move.from, to: move.to } });
  });
  await invalidatePublicReads(CATALOG_CACHE_PREFIX);
}
