import "server-only";
import { RetryLater } from "@/lib/outbox/types";
import {
  TelegramApiError,
  TelegramRecipientGone,
  type TelegramBot,
  type TelegramChatId,
  type TelegramChatMemberInfo,
  type TelegramMemberStatus,
} from "./bot-types";

export type LiveTelegramOptions = {
  token: string;
  /** Injectable for tests against a local server. */
  apiBaseUrl?: string;
  timeoutMs?: number;
};

type ApiReply = { ok: true; result: unknown } | { ok: false; error_code?: number; description?: string; parameters?: { retry_after?: number } };

const DEFAULT_TIMEOUT_MS = 10_000;

// Telegram's descriptions are the only way to tell these cases apart (they carry no sub-code).
const RECIPIENT_GONE = [/bot was blocked by the user/i, /user is deactivated/i, /chat not found/i, /bot can't initiate conversation/i, /PEER_ID_INVALID/, /user not found/i];
// A repeated approval or decline finds the request already handled: the effect is in place.
const ALREADY_DONE: Record<string, RegExp[]> = {
  approveChatJoinRequest: [/USER_ALREADY_PARTICIPANT/, /HIDE_REQUESTER_MISSING/],
  declineChatJoinRequest: [/HIDE_REQUESTER_MISSING/],
};

/** Telegram ids fit in 53 bits, so a decimal string becomes a JSON number (the Bot API wants integers for user ids). */
function idValue(id: TelegramChatId): number | string {
  return typeof id === "string" && /^-?\d{1,16}$/.test(id) ? Number(id) : id;
}

/**
 * The Bot API over HTTPS (`POST https://api.telegram.org/bot<token>/<method>`). Security-critical:
 * the token is part of every URL, so no URL, request or error cause is ever logged or rethrown.
 */
export function createLiveTelegramBot(options: LiveTelegramOptions): TelegramBot {
  const base = `${options.apiBaseUrl ?? "https://api.telegram.org"}/bot${options.token}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call(method: string, params: Record<string, unknown>): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${base}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(params),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new RetryLater("telegram_unavailable");
    }
    const reply = (await response.json().catch(() => null)) as ApiReply | null;
    if (reply?.ok === true && response.ok) return reply.result;
    const description = reply && reply.ok === false ? (reply.description ?? "") : "";
    if (response.status === 429) {
      const after = reply && reply.ok === false ? reply.parameters?.retry_after : undefined;
      throw new RetryLater("telegram_rate_limited", typeof after === "number" ? after * 1000 : undefined);
    }
    if (response.status >= 500 || reply === null) throw new RetryLater("telegram_unavailable");
    if (ALREADY_DONE[method]?.some((pattern) => pattern.test(description))) return true;
    if ((response.status === 403 || response.status === 400) && RECIPIENT_GONE.some((pattern) => pattern.test(description))) {
      throw new TelegramRecipientGone(method, response.status, description);
    }
    const code = response.status === 401 ? "telegram_unauthorized" : response.status === 403 ? "telegram_forbidden" : "telegram_bad_request";
    throw new TelegramApiError(code, method, response.status, description);
  }

  function record(result: unknown, method: string): Record<string, unknown> {
    if (typeof result !== "object" || result === null) throw new RetryLater(`telegram_bad_reply_${method}`);
    return result as Record<string, unknown>;
  }

  return {
    async getMe() {
      const me = record(await call("getMe", {}), "getMe");
      return { id: Number(me.id), username: String(me.username ?? "") };
    },
    async sendMessage(chatId, text, opts) {
      const message = record(
        await call("sendMessage", { chat_id: idValue(chatId), text, ...(opts?.parseMode ? { parse_mode: opts.parseMode } : {}), link_preview_options: { is_disabled: true } }),
        "sendMessage",
      );
      return { messageId: Number(message.message_id) };
    },
    async createChatInviteLink(chatId, opts) {
      const link = record(await call("createChatInviteLink", { chat_id: idValue(chatId), creates_join_request: true, ...(opts?.name ? { name: opts.name.slice(0, 32) } : {}) }), "createChatInviteLink");
      if (typeof link.invite_link !== "string") throw new RetryLater("telegram_bad_reply_createChatInviteLink");
      return { inviteLink: link.invite_link };
    },
    async approveChatJoinRequest(chatId, userId) {
      await call("approveChatJoinRequest", { chat_id: idValue(chatId), user_id: idValue(userId) });
    },
    async declineChatJoinRequest(chatId, userId) {
      await call("declineChatJoinRequest", { chat_id: idValue(chatId), user_id: idValue(userId) });
    },
    async banChatMember(chatId, userId) {
      await call("banChatMember", { chat_id: idValue(chatId), user_id: idValue(userId) });
    },
    async unbanChatMember(chatId, userId) {
      await call("unbanChatMember", { chat_id: idValue(chatId), user_id: idValue(userId), only_if_banned: true });
    },
    async getChat(chatId) {
      const chat = record(await call("getChat", { chat_id: idValue(chatId) }), "getChat");
      return { id: Number(chat.id), type: String(chat.type), ...(typeof chat.title === "string" ? { title: chat.title } : {}) };
    },
    async getChatMember(chatId, userId): Promise<TelegramChatMemberInfo> {
      const member = record(await call("getChatMember", { chat_id: idValue(chatId), user_id: idValue(userId) }), "getChatMember");
      return {
        status: String(member.status) as TelegramMemberStatus,
        ...(typeof member.can_invite_users === "boolean" ? { canInviteUsers: member.can_invite_users } : {}),
        ...(typeof member.can_restrict_members === "boolean" ? { canRestrictMembers: member.can_restrict_members } : {}),
      };
    },
  };
}
