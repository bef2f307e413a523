import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";

/**
 * What a channel does for a kind when the person has no `NotificationPreference` row for it:
 * - "on": delivered until they turn it off;
 * - "off": delivered only after they turn it on;
 * - "when_linked": Telegram only — on while they keep Telegram linked (policy S1.3), else off.
 */
export type ChannelDefault = "on" | "off" | "when_linked";

const row = (inApp: ChannelDefault, push: ChannelDefault, telegram: ChannelDefault, email: ChannelDefault, sms: ChannelDefault) => ({
  IN_APP: inApp,
  PUSH: push,
  TELEGRAM: telegram,
  EMAIL: email,
  SMS: sms,
});

/**
 * The one table of defaults (policy S2: a person gets only the notifications they enabled, and an
 * absent preference row means this table's answer). Shared by every sender and by the preferences
 * screen, so what the screen shows is what the senders do. SMS is never on by default: it costs
 * money per message and is an SMS-pumping target; it stays for sign-in codes.
 */
export const PREFERENCE_DEFAULTS: Readonly<Record<NotificationKind, Readonly<Record<NotificationChannel, ChannelDefault>>>> = {
  ORDER_RECEIPT: row("on", "on", "off", "on", "off"),
  PAYMENT_FAILED: row("on", "on", "off", "on", "off"),
  REFUND_UPDATE: row("on", "on", "off", "on", "off"),
  ENROLLMENT_GRANTED: row("on", "on", "off", "off", "off"),
  COURSE_ANNOUNCEMENT: row("on", "on", "when_linked", "off", "off"),
  LIVE_CLASS_REMINDER: row("on", "on", "when_linked", "off", "off"),
  QUIZ_RESULT: row("on", "off", "off", "off", "off"),
  NEW_COURSE_FROM_FOLLOWED: row("on", "on", "off", "off", "off"),
  SUPPORT_REPLY: row("on", "on", "off", "on", "off"),
  POLICY_UPDATE: row("on", "on", "off", "on", "off"),
  ACCOUNT_SECURITY: row("on", "on", "off", "on", "off"),
};

/** The default of one kind and channel for a person, given whether they linked Telegram. */
export function enabledByDefault(kind: NotificationKind, channel: NotificationChannel, context: { telegramLinked: boolean }): boolean {
  const value = PREFERENCE_DEFAULTS[kind][channel];
  return value === "on" || (value === "when_linked" && context.telegramLinked);
}

/** Whether a channel is enabled: the person's own choice when they made one, else the default. */
export function isChannelEnabled(
  kind: NotificationKind,
  channel: NotificationChannel,
  context: { explicit: boolean | undefined; telegramLinked: boolean },
): boolean {
  return context.explicit ?? enabledByDefault(kind, channel, context);
}
