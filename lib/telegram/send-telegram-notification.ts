import "server-only";
import { db } from "@/lib/db";
import type { ChannelResult, ChannelSender } from "@/lib/notifications/delivery/channel-sender";
import { getTelegramBot } from "./bot";
import { notificationText } from "./notification-text";

/**
 * The Telegram channel of notification delivery. No link → SKIPPED `no_telegram_link` (they
 * unlinked after the notification was planned). A person who blocked the bot or deleted their
 * Telegram account throws `TelegramRecipientGone` (a PermanentFailure, code
 * `telegram_recipient_gone`: the delivery is FAILED with that code and never retried; ADR 0030).
 * Never logs the Telegram id or the text.
 */
export const sendTelegramNotification: ChannelSender = async (message): Promise<ChannelResult> => {
  const link = await db.telegramLink.findUnique({ where: { userId: message.userId }, select: { telegramId: true } });
  if (!link) return { status: "SKIPPED", reason: "no_telegram_link" };
  await getTelegramBot().sendMessage(link.telegramId.toString(), notificationText(message.title, message.body), { parseMode: "HTML" });
  return { status: "SENT" };
};
