import { z } from "zod";

// Only the fields MMSO acts on; Telegram adds fields over time, so unknown ones are dropped, not refused.
const user = z.object({ id: z.number().int(), is_bot: z.boolean().optional(), language_code: z.string().optional() });
const chat = z.object({ id: z.number().int(), type: z.string(), title: z.string().optional() });

const message = z.object({
  message_id: z.number().int(),
  date: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
});

const chatJoinRequest = z.object({ chat, from: user, date: z.number().int() });

/** A Bot API `Update` as far as MMSO reads it (https://core.telegram.org/bots/api#update). */
export const telegramUpdate = z.object({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  chat_join_request: chatJoinRequest.optional(),
});

export type TelegramUpdate = z.output<typeof telegramUpdate>;
export type TelegramMessage = z.output<typeof message>;

/** What the webhook does with an update; also the ProviderEvent's `type`. */
export type UpdateRoute =
  | { kind: "chat_join_request"; request: { chat: { id: number }; from: { id: number }; date: number } }
  | { kind: "connect_command"; message: { chat: { id: number; title?: string; type: string }; from?: { id: number }; text: string } }
  | { kind: "start_command"; chatId: number }
  | { kind: "ignored" };

const CONNECT = /^\/connect(?:@\w+)?\s+/;
const START = /^\/start(?:@\w+)?(?:\s|$)/;

/** Routes an update: join requests, `/connect <code>` in a group, `/start` in a private chat; everything else is ignored. */
export function routeUpdate(update: TelegramUpdate): UpdateRoute {
  const request = update.chat_join_request;
  if (request) return { kind: "chat_join_request", request: { chat: { id: request.chat.id }, from: { id: request.from.id }, date: request.date } };
  const msg = update.message;
  if (!msg?.text) return { kind: "ignored" };
  const isGroup = msg.chat.type === "group" || msg.chat.type === "supergroup";
  if (isGroup && CONNECT.test(msg.text)) {
    // "/connect@mmso_bot CODE" (how Telegram writes a command picked from the menu) becomes "/connect CODE".
    const text = msg.text.replace(CONNECT, "/connect ");
    return {
      kind: "connect_command",
      message: { chat: { id: msg.chat.id, type: msg.chat.type, ...(msg.chat.title ? { title: msg.chat.title } : {}) }, ...(msg.from ? { from: { id: msg.from.id } } : {}), text },
    };
  }
  if (msg.chat.type === "private" && START.test(msg.text)) return { kind: "start_command", chatId: msg.chat.id };
  return { kind: "ignored" };
}
