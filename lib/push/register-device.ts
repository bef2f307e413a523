import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { DeviceDto, RegisterDeviceInput } from "./device-schemas";

/** Enough for a phone, a tablet and a few reinstalls; older registrations beyond it are dropped. */
export const MAX_DEVICES_PER_USER = 20;

/**
 * Registers (or refreshes) the caller's push token (policy S1.2: push tokens are stored). A token
 * names one app install, so a token already known under another person or session moves to the
 * caller: the install is now signed in as them. Bound to the caller's mobile session, so that
 * logging out of it removes the token (lib/auth/mobile-tokens.ts).
 */
export async function registerDevice({ actor, input, now = new Date() }: { actor: Actor; input: RegisterDeviceInput; now?: Date }): Promise<DeviceDto> {
  const owner = { userId: actor.userId, sessionId: actor.sessionKind === "mobile" ? actor.sessionId : null };
  const fields = { platform: input.platform, appVersion: input.appVersion ?? null, lastSeenAt: now };
  const row = await db.deviceToken.upsert({
    where: { token: input.token },
    create: { token: input.token, ...owner, ...fields },
    update: { ...owner, ...fields },
    select: { token: true, platform: true, appVersion: true, lastSeenAt: true },
  });
  await dropOldestDevices(actor.userId);
  return { token: row.token, platform: row.platform === "IOS" ? "ios" : row.platform === "ANDROID" ? "android" : "web", appVersion: row.appVersion, lastSeenAt: row.lastSeenAt.toISOString() };
}

async function dropOldestDevices(userId: string) {
  const stale = await db.deviceToken.findMany({
    where: { userId },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    skip: MAX_DEVICES_PER_USER,
    select: { id: true },
  });
  if (stale.length > 0) await db.deviceToken.deleteMany({ where: { id: { in: stale.map((d) => d.id) } } });
}
