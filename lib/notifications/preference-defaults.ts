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

/**
 * Pairs a person cannot turn off: security alerts (a new sign-in, a stolen refresh token) must reach
 * them even if an attacker who holds the account flips the switches first. In-app and push cover a
 * phone-only account, email one with an address. Every locked pair defaults to "on" (the unit test
 * holds that), so a lock only ever ignores an explicit `false`. Telegram and SMS stay optional.
 */
export const LOCKED: ReadonlySet<`${NotificationKind}:${NotificationChannel}`> = new Set([
  "ACCOUNT_SECURITY:IN_APP",
  "ACCOUNT_SECURITY:PUSH",
  "ACCOUNT_SECURITY:EMAIL",
] as const satisfies ReadonlyArray<`${NotificationKind}:${NotificationChannel}`>);

/** Whether a person's choice for this kind and channel is ignored because the channel is always on. */
export function isLocked(kind: NotificationKind, channel: NotificationChannel): boolean {
  return LOCKED.has(`${kind}:${channel}`);
}

/** The default of one kind and channel for a person, given whether they linked Telegram. */
export function enabledByDefault(kind: NotificationKind, channel: NotificationChannel, context: { telegramLinked: boolean }): boolean {
  const value = PREFERENCE_DEFAULTS[kind][channel];
  return value === "on" || (value === "when_linked" && context.telegramLinked);
}

/** Whether a channel is enabled: always for a locked pair, else the person's own choice when they made one, else the default. */
export function isChannelEnabled(
  kind: NotificationKind,
  channel: NotificationChannel,
  context: { explicit: boolean | undefined; telegramLinked: boolean },
): boolean {
  if (isLocked(kind, channel)) return true;
  return context.explicit ?? enabledByDefault(kind, channel, context);
}
