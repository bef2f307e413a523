import "server-only";
import { sendPushBatch } from "@/lib/push/send-push-batch";
import { sendTelegramNotification } from "@/lib/telegram/send-telegram-notification";
import type { ChannelSenders } from "./channel-senders-table";
import { sendEmailNotification } from "./email-channel-sender";

/** The real senders: FCM push, the Telegram bot, and email through lib/messaging (the dev outbox in demo mode). */
export const CHANNEL_SENDERS: ChannelSenders = {
  PUSH: sendPushBatch,
  TELEGRAM: sendTelegramNotification,
  EMAIL: sendEmailNotification,
};
