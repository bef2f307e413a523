import "server-only";
import { env, isProduction } from "@/lib/env";
import { devOutboxSender } from "./dev-outbox-sender";
import { createHttpSmsSender } from "./http-sms-sender";
import { DeliveryError, type MessageSender, type OutgoingMessage } from "./message";
import { createSmtpEmailSender } from "./smtp-email-sender";

type Channel = OutgoingMessage["channel"];

const live = new Map<Channel, MessageSender>();

/** Whether the app can deliver on a channel: always in demo mode; in production when it is configured. */
export function canSend(channel: Channel): boolean {
  if (!isProduction()) return true;
  const e = env();
  if (channel === "SMS") return e.SMS_PROVIDER === "http" && !!e.SMS_HTTP_URL && !!e.SMS_HTTP_TOKEN && !!e.SMS_SENDER_ID;
  return !!e.EMAIL_SMTP_URL && !!e.EMAIL_FROM;
}

/**
 * The sender of a channel. Demo mode (and development, tests) records every message in the
 * development outbox even when provider settings exist; production uses the configured provider
 * (lib/config/parse-env.ts refuses to start without email) and never the outbox.
 */
export function getSender(channel: Channel): MessageSender {
  if (!isProduction()) return devOutboxSender;
  if (!canSend(channel)) throw new DeliveryError(channel, "not_configured");
  let sender = live.get(channel);
  if (!sender) {
    const e = env();
    sender =
      channel === "SMS"
        ? createHttpSmsSender({ url: e.SMS_HTTP_URL ?? "", token: e.SMS_HTTP_TOKEN ?? "", senderId: e.SMS_SENDER_ID ?? "" })
        : createSmtpEmailSender({ smtpUrl: e.EMAIL_SMTP_URL ?? "", from: e.EMAIL_FROM ?? "" });
    live.set(channel, sender);
  }
  return sender;
}
