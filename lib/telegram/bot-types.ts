import { PermanentFailure } from "@/lib/outbox/types";

/** A chat (group, supergroup, private chat) or user id. Telegram ids exceed 32 bits: pass them as number or string. */
export type TelegramChatId = number | string;

export type TelegramChatInfo = { id: number; type: string; title?: string };
export type TelegramMemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";
export type TelegramChatMemberInfo = { status: TelegramMemberStatus; canInviteUsers?: boolean; canRestrictMembers?: boolean };

/**
 * The Bot API calls MMSO makes (integrations.md "Telegram"). Every method throws `RetryLater`
 * (429 with its `retry_after`, 5xx, network) or a `TelegramApiError` (a `PermanentFailure`);
 * `TelegramRecipientGone` means the person blocked the bot or the chat no longer exists, which a
 * notification sender treats as SKIPPED rather than a failure.
 */
export interface TelegramBot {
  /** The bot itself: its id and @username (the Login Widget needs the username). */
  getMe(): Promise<{ id: number; username: string }>;
  sendMessage(chatId: TelegramChatId, text: string, options?: { parseMode?: "HTML" }): Promise<{ messageId: number }>;
  /** A join-request link: people who open it ask to join, and the bot approves or declines them. */
  createChatInviteLink(chatId: TelegramChatId, options?: { name?: string }): Promise<{ inviteLink: string }>;
  /** Already a member (a repeated approval) counts as done. */
  approveChatJoinRequest(chatId: TelegramChatId, userId: TelegramChatId): Promise<void>;
  /** A request that no longer exists (already handled) counts as done. */
  declineChatJoinRequest(chatId: TelegramChatId, userId: TelegramChatId): Promise<void>;
  banChatMember(chatId: TelegramChatId, userId: TelegramChatId): Promise<void>;
  /** Always with `only_if_banned: true`: lifts a removal ban without adding anyone to the group. */
  unbanChatMember(chatId: TelegramChatId, userId: TelegramChatId): Promise<void>;
  getChat(chatId: TelegramChatId): Promise<TelegramChatInfo>;
  getChatMember(chatId: TelegramChatId, userId: TelegramChatId): Promise<TelegramChatMemberInfo>;
}

/** A call the Bot API rejected for good. `description` is Telegram's text (no secret; may name the method's problem). */
export class TelegramApiError extends PermanentFailure {
  constructor(
    code: string,
    readonly method: string,
    readonly status: number,
    readonly description: string,
  ) {
    super(code);
    this.name = "TelegramApiError";
  }
}

/** The person blocked the bot, deleted their account, or the chat is gone: nothing to deliver to. */
export class TelegramRecipientGone extends TelegramApiError {
  constructor(method: string, status: number, description: string) {
    super("telegram_recipient_gone", method, status, description);
    this.name = "TelegramRecipientGone";
  }
}
