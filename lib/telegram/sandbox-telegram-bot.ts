import "server-only";
import { randomBytes } from "node:crypto";
import { recordDevMessage } from "@/lib/dev-outbox/dev-outbox";
import type { TelegramBot, TelegramChatId, TelegramChatInfo, TelegramChatMemberInfo, TelegramMemberStatus } from "./bot-types";

/** One Bot API call the sandbox received, with the parameters the live bot would have sent. */
export type SandboxTelegramCall = { method: string; chatId: string; userId?: string; text?: string; parseMode?: string };

/**
 * The Bot API's stand-in for demo mode and tests. Every call that changes something outside
 * (a message, a link, an approval, a removal) is recorded in the development outbox (channel
 * TELEGRAM, `to` = the chat for messages and links, the Telegram user for membership changes) and
 * in `calls`. Membership is tracked in memory so `getChatMember` answers like Telegram would.
 * `fail` scripts the next failure of a method (e.g. a person who blocked the bot).
 */
export class SandboxTelegramBot implements TelegramBot {
  readonly calls: SandboxTelegramCall[] = [];
  private readonly botId: number;
  private readonly members = new Map<string, TelegramMemberStatus>();
  private readonly failures = new Map<string, Error[]>();
  private messageId = 0;

  constructor(token: string) {
    this.botId = Number(token.split(":")[0]) || 123456;
  }

  /** Makes the next call of `method` throw `error` (tests and demos of failure paths). */
  fail(method: keyof TelegramBot, error: Error): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  private async record(call: SandboxTelegramCall, to: string, body: string): Promise<void> {
    const failure = this.failures.get(call.method)?.shift();
    if (failure) throw failure;
    this.calls.push(call);
    await recordDevMessage({ channel: "TELEGRAM", to, body });
  }

  async getMe() {
    return { id: this.botId, username: "mmso_sandbox_bot" };
  }

  async sendMessage(chatId: TelegramChatId, text: string, options?: { parseMode?: "HTML" }) {
    await this.record({ method: "sendMessage", chatId: String(chatId), text, ...(options?.parseMode ? { parseMode: options.parseMode } : {}) }, String(chatId), text);
    return { messageId: ++this.messageId };
  }

  async createChatInviteLink(chatId: TelegramChatId, options?: { name?: string }) {
    const inviteLink = `https://t.me/+sandbox${randomBytes(12).toString("base64url")}`;
    const name = options?.name ? ` name=${options.name.slice(0, 32)}` : "";
    await this.record({ method: "createChatInviteLink", chatId: String(chatId) }, String(chatId), `createChatInviteLink chat=${chatId} creates_join_request=true${name} link=${inviteLink}`);
    return { inviteLink };
  }

  async approveChatJoinRequest(chatId: TelegramChatId, userId: TelegramChatId) {
    await this.membership("approveChatJoinRequest", chatId, userId, "member");
  }

  async declineChatJoinRequest(chatId: TelegramChatId, userId: TelegramChatId) {
    await this.membership("declineChatJoinRequest", chatId, userId, undefined);
  }

  async banChatMember(chatId: TelegramChatId, userId: TelegramChatId) {
    await this.membership("banChatMember", chatId, userId, "kicked");
  }

  async unbanChatMember(chatId: TelegramChatId, userId: TelegramChatId) {
    const key = `${chatId}:${userId}`;
    // only_if_banned: a member stays a member; only a ban is lifted.
    await this.membership("unbanChatMember", chatId, userId, this.members.get(key) === "kicked" ? "left" : undefined, " only_if_banned=true");
  }

  async getChat(chatId: TelegramChatId): Promise<TelegramChatInfo> {
    const id = Number(chatId);
    return id > 0 ? { id, type: "private" } : { id, type: "supergroup", title: `Sandbox group ${chatId}` };
  }

  async getChatMember(chatId: TelegramChatId, userId: TelegramChatId): Promise<TelegramChatMemberInfo> {
    if (Number(userId) === this.botId) return { status: "administrator", canInviteUsers: true, canRestrictMembers: true };
    return { status: this.members.get(`${chatId}:${userId}`) ?? "left" };
  }

  private async membership(method: string, chatId: TelegramChatId, userId: TelegramChatId, next: TelegramMemberStatus | undefined, extra = "") {
    await this.record({ method, chatId: String(chatId), userId: String(userId) }, String(userId), `${method} chat=${chatId} user=${userId}${extra}`);
    if (next) this.members.set(`${chatId}:${userId}`, next);
  }
}
