import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { enabledByDefault, isChannelEnabled, isLocked } from "../preference-defaults";
import { OFFERED_CHANNELS, type NotificationPreferenceDto, type NotificationPreferences, type OfferedChannel } from "./preference-schemas";

type Reach = { device: boolean; telegramLinked: boolean; email: boolean };

function unavailable(channel: OfferedChannel, reach: Reach): NotificationPreferenceDto["unavailableReason"] {
  if (channel === "PUSH" && !reach.device) return "no_device";
  if (channel === "TELEGRAM" && !reach.telegramLinked) return "no_telegram_link";
  if (channel === "EMAIL" && !reach.email) return "no_email";
  return null;
}

/**
 * GET /api/v1/me/notification-preferences and the settings page: the caller's own table, every
 * kind × offered channel with what the senders do now (the same `isChannelEnabled` that
 * effective-channels uses, so the screen cannot disagree with the delivery), the default, the lock
 * and whether the channel can reach them at all.
 */
export async function getNotificationPreferences(input: { actor: Actor }): Promise<NotificationPreferences> {
  const userId = input.actor.userId;
  const [rows, device, link, user] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId, channel: { in: [...OFFERED_CHANNELS] } }, select: { kind: true, channel: true, enabled: true } }),
    db.deviceToken.findFirst({ where: { userId }, select: { id: true } }),
    db.telegramLink.findUnique({ where: { userId }, select: { id: true } }),
    db.user.findUnique({ where: { id: userId }, select: { email: true } }),
  ]);
  const explicit = new Map(rows.map((row) => [`${row.kind}:${row.channel}`, row.enabled]));
  const reach: Reach = { device: device !== null, telegramLinked: link !== null, email: Boolean(user?.email) };
  const context = { telegramLinked: reach.telegramLinked };
  const preferences = Object.values(NotificationKind).flatMap((kind) =>
    OFFERED_CHANNELS.map((channel): NotificationPreferenceDto => {
      const reason = unavailable(channel, reach);
      return {
        kind,
        channel,
        enabled: isChannelEnabled(kind, channel, { ...context, explicit: explicit.get(`${kind}:${channel}`) }),
        default: enabledByDefault(kind, channel, context),
        locked: isLocked(kind, channel),
        available: reason === null,
        unavailableReason: reason,
      };
    }),
  );
  return { preferences };
}
