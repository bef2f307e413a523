import "server-only";
import { db } from "@/lib/db";
import { getSender } from "@/lib/messaging/get-sender";
import { DeliveryError, type MessageSender } from "@/lib/messaging/message";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";
import type { ChannelSender } from "./channel-sender";

/**
 * Sends notifications by email over `sender` (production: SMTP; demo mode: the development outbox).
 * The address is read at sending time, so a changed or removed address is honoured. A timeout, a
 * network error or a provider's 429/5xx is worth retrying; a rejection or missing setup is not.
 */
export function createEmailChannelSender(sender: () => MessageSender = () => getSender("EMAIL")): ChannelSender {
  return async (message) => {
    const user = await db.user.findUnique({ where: { id: message.userId }, select: { email: true } });
    if (!user?.email) return { status: "SKIPPED", reason: "no_email" };
    try {
      await sender().send({ channel: "EMAIL", to: user.email, subject: message.title, body: message.body });
    } catch (error) {
      throw error instanceof DeliveryError ? toOutboxError(error) : error;
    }
    return { status: "SENT" };
  };
}

function toOutboxError(error: DeliveryError): Error {
  if (error.reason === "timeout" || error.reason === "network") return new RetryLater(`email_${error.reason}`);
  if (error.reason === "rejected" && error.status !== undefined && (error.status === 429 || error.status >= 500)) return new RetryLater("email_unavailable");
  return new PermanentFailure(`email_${error.reason}`);
}

/** The email channel of the delivery worker. */
export const sendEmailNotification: ChannelSender = createEmailChannelSender();
