import { z } from "zod";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { isLocked } from "../preference-defaults";

/**
 * The channels a person chooses between. SMS is left out on purpose: it stays for sign-in codes
 * (preference-defaults), so offering a switch that can never send anything would mislead.
 */
export const OFFERED_CHANNELS = ["IN_APP", "PUSH", "TELEGRAM", "EMAIL"] as const;
export type OfferedChannel = (typeof OFFERED_CHANNELS)[number];

/** Why a channel cannot reach the person right now (the switch still works and is kept). */
export const unavailableReason = z.enum(["no_device", "no_telegram_link", "no_email"]);

/** One switch of the preferences table, as the API and the web page show it. */
export const notificationPreferenceDto = z
  .object({
    kind: z.enum(NotificationKind),
    channel: z.enum(OFFERED_CHANNELS),
    enabled: z.boolean().meta({ description: "What the senders do now: the person's choice, else the default; always true when locked" }),
    default: z.boolean().meta({ description: "What this switch is for a person who never touched it (Telegram: on only while linked)" }),
    locked: z.boolean().meta({ description: "Security alerts: always on, a PUT with enabled=false is refused" }),
    available: z.boolean().meta({ description: "Whether the channel can reach the person now (a device, a Telegram link, an email address)" }),
    unavailableReason: unavailableReason.nullable(),
  })
  .meta({ id: "NotificationPreference" });

/** The full table: every kind × every offered channel, kinds in schema order. */
export const notificationPreferencesDto = z.object({ preferences: z.array(notificationPreferenceDto) }).meta({ id: "NotificationPreferences" });

const preferenceChange = z.object({ kind: z.enum(NotificationKind), channel: z.enum(OFFERED_CHANNELS), enabled: z.boolean() });

/**
 * PUT /me/notification-preferences and the web form: a partial update. A pair may appear once;
 * turning a locked pair off is refused with the field's path (422), turning it on is a no-op.
 */
export const updateNotificationPreferencesInput = z
  .object({
    preferences: z
      .array(preferenceChange)
      .min(1)
      .max(Object.keys(NotificationKind).length * OFFERED_CHANNELS.length),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.preferences.forEach((change, index) => {
      const pair = `${change.kind}:${change.channel}`;
      if (seen.has(pair)) ctx.addIssue({ code: "custom", path: ["preferences", index], message: `${pair} appears more than once` });
      seen.add(pair);
      if (isLocked(change.kind, change.channel) && !change.enabled) {
        ctx.addIssue({ code: "custom", path: ["preferences", index, "enabled"], message: `${pair} is locked: security alerts cannot be turned off` });
      }
    });
  })
  .meta({ id: "NotificationPreferencesUpdate" });

export type NotificationPreferenceDto = z.input<typeof notificationPreferenceDto>;
export type NotificationPreferences = z.input<typeof notificationPreferencesDto>;
export type UpdateNotificationPreferencesInput = z.output<typeof updateNotificationPreferencesInput>;
