import "server-only";
import { recordDevMessage } from "@/lib/dev-outbox/dev-outbox";
import type { MessageSender } from "./message";

/** Demo mode's only sender: the message lands in the development outbox (/dev/outbox). */
export const devOutboxSender: MessageSender = {
  async send(message) {
    await recordDevMessage({ channel: message.channel, to: message.to, subject: message.subject, body: message.body });
  },
};
