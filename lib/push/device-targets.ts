import "server-only";
import { db } from "@/lib/db";
import type { DevicePlatform } from "@/lib/generated/prisma/enums";

export type DeviceTarget = { id: string; userId: string; token: string; platform: DevicePlatform };

/**
 * The device tokens of these people that may receive pushes now: of active accounts only, and
 * either not bound to a session or bound to a mobile session still live (a revoked or expired
 * session's device is no longer signed in, so it must not show that person's notifications).
 * One query for the whole batch.
 */
export async function findDeviceTargets(userIds: readonly string[], now = new Date()): Promise<Map<string, DeviceTarget[]>> {
  const rows = await db.deviceToken.findMany({
    where: {
      userId: { in: [...new Set(userIds)] },
      user: { status: "ACTIVE" },
      OR: [{ sessionId: null }, { session: { revokedAt: null, expiresAt: { gt: now } } }],
    },
    select: { id: true, userId: true, token: true, platform: true },
    orderBy: { id: "asc" },
  });
  const byUser = new Map<string, DeviceTarget[]>();
  for (const row of rows) {
    const list = byUser.get(row.userId);
    if (list) list.push(row);
    else byUser.set(row.userId, [row]);
  }
  return byUser;
}

/** Deletes tokens FCM called dead (by row id: the rows just loaded). Returns how many went. */
export async function pruneDeviceTokens(ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await db.deviceToken.deleteMany({ where: { id: { in: [...ids] } } });
  return count;
}
