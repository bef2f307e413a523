import "server-only";
import { db, type Tx } from "@/lib/db";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { isChannelEnabled, isLocked } from "./preference-defaults";

/** Why a channel was not used for a person: recorded as the SKIPPED delivery's `errorCode`. */
export type SkipReason = "preference_off" | "no_device" | "no_telegram_link" | "no_email" | "no_phone";

export type ChannelOutcome = { channel: NotificationChannel; deliver: true } | { channel: NotificationChannel; deliver: false; reason: SkipReason };

/**
 * For each person, what each of `channels` would do with a notification of `kind` now (policy S2):
 * deliver, or skip with a reason. A channel they turned off is `preference_off`; push without a
 * registered device is `no_device`; Telegram without a link is `no_telegram_link` (an unlinked
 * person has Telegram off by default, and the missing link is the truer reason); email and SMS
 * without an address are `no_email` / `no_phone`. A locked pair (preference-defaults `LOCKED`) is
 * never `preference_off`, whatever row the person has. A few queries for the whole batch, whatever its size.
 */
export async function resolveChannels(
  client: Tx,
  userIds: readonly string[],
  kind: NotificationKind,
  channels: readonly NotificationChannel[],
): Promise<Map<string, ChannelOutcome[]>> {
  const ids = [...userIds];
  const needsContact = channels.includes("EMAIL") || channels.includes("SMS");
  const [preferences, devices, links, contacts] = await Promise.all([
    client.notificationPreference.findMany({ where: { userId: { in: ids }, kind, channel: { in: [...channels] } }, select: { userId: true, channel: true, enabled: true } }),
    channels.includes("PUSH") ? client.deviceToken.findMany({ where: { userId: { in: ids } }, select: { userId: true }, distinct: ["userId"] }) : [],
    client.telegramLink.findMany({ where: { userId: { in: ids } }, select: { userId: true } }),
    needsContact ? client.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, phone: true } }) : [],
  ]);
  const explicit = new Map(preferences.map((p) => [`${p.userId}:${p.channel}`, p.enabled]));
  const withDevice = new Set(devices.map((d) => d.userId));
  const linked = new Set(links.map((l) => l.userId));
  const withEmail = new Set(contacts.filter((c) => c.email).map((c) => c.id));
  const withPhone = new Set(contacts.filter((c) => c.phone).map((c) => c.id));

  const outcomes = new Map<string, ChannelOutcome[]>();
  for (const userId of ids) {
    outcomes.set(
      userId,
      channels.map((channel): ChannelOutcome => {
        // A locked pair (security alerts) ignores a stored `false`: it may predate the lock.
        const choice = isLocked(kind, channel) ? undefined : explicit.get(`${userId}:${channel}`);
        const telegramLinked = linked.has(userId);
        if (choice === false) return { channel, deliver: false, reason: "preference_off" };
        if (channel === "TELEGRAM" && !telegramLinked) return { channel, deliver: false, reason: "no_telegram_link" };
        if (!isChannelEnabled(kind, channel, { explicit: choice, telegramLinked })) return { channel, deliver: false, reason: "preference_off" };
        if (channel === "PUSH" && !withDevice.has(userId)) return { channel, deliver: false, reason: "no_device" };
        if (channel === "EMAIL" && !withEmail.has(userId)) return { channel, deliver: false, reason: "no_email" };
        if (channel === "SMS" && !withPhone.has(userId)) return { channel, deliver: false, reason: "no_phone" };
        return { channel, deliver: true };
      }),
    );
  }
  return outcomes;
}

const ALL_CHANNELS: readonly NotificationChannel[] = ["IN_APP", "PUSH", "TELEGRAM", "EMAIL", "SMS"];

/** The channels a notification of `kind` would reach this person through right now. */
export async function effectiveChannels(
  userId: string,
  kind: NotificationKind,
  channels: readonly NotificationChannel[] = ALL_CHANNELS,
  client: Tx = db,
): Promise<NotificationChannel[]> {
  const outcomes = (await resolveChannels(client, [userId], kind, channels)).get(userId) ?? [];
  return outcomes.filter((outcome) => outcome.deliver).map((outcome) => outcome.channel);
}
