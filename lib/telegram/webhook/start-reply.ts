import "server-only";
import { createTranslator } from "next-intl";
import { recordDevMessage, devOutboxEnabled } from "@/lib/dev-outbox/dev-outbox";
import { env } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";

/** The `/start` help in Burmese, then English: the sender may not have an MMSO account whose language we know. */
export function startHelpText(): string {
  const url = new URL("/account/telegram", env().APP_URL).toString();
  return (["my", "en"] as const)
    .map((locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: "telegram.bot" })("startHelp", { url }))
    .join("\n\n");
}

/**
 * The `/start` reply as a Bot API method in the webhook's response body (Telegram performs it):
 * no outbound request from the handler, and nothing stored about someone who may never link.
 * The sandbox-side record goes to the development outbox, like every other bot message.
 */
export async function startReply(chatId: number): Promise<Record<string, unknown>> {
  const text = startHelpText();
  if (devOutboxEnabled()) await recordDevMessage({ channel: "TELEGRAM", to: String(chatId), body: text });
  return { method: "sendMessage", chat_id: chatId, text, link_preview_options: { is_disabled: true } };
}
