import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TelegramRecipientGone } from "./bot-types";
import { SandboxTelegramBot } from "./sandbox-telegram-bot";

describe("SandboxTelegramBot", () => {
  it("records what it would send in the development outbox and answers like Telegram", async () => {
    const bot = new SandboxTelegramBot("765432:demo");
    const chat = -1009876543210;
    const user = 5123456789;
    expect(await bot.getMe()).toEqual({ id: 765432, username: "mmso_sandbox_bot" });
    const { inviteLink } = await bot.createChatInviteLink(chat, { name: "MMSO python" });
    expect(inviteLink).toMatch(/^https:\/\/t\.me\/\+sandbox[A-Za-z0-9_-]{16}$/);
    expect(await bot.getChatMember(chat, user)).toEqual({ status: "left" });
    await bot.approveChatJoinRequest(chat, user);
    expect(await bot.getChatMember(chat, user)).toEqual({ status: "member" });
    await bot.unbanChatMember(chat, user); // only_if_banned: a member stays
    expect(await bot.getChatMember(chat, user)).toEqual({ status: "member" });
    await bot.banChatMember(chat, user);
    expect(await bot.getChatMember(chat, user)).toEqual({ status: "kicked" });
    await bot.unbanChatMember(chat, user);
    expect(await bot.getChatMember(chat, user)).toEqual({ status: "left" });
    expect(await bot.getChatMember(chat, 765432)).toMatchObject({ status: "administrator", canInviteUsers: true, canRestrictMembers: true });
    expect(await bot.getChat(chat)).toEqual({ id: chat, type: "supergroup", title: `Sandbox group ${chat}` });
    expect(await bot.sendMessage(user, "<b>Hi</b>", { parseMode: "HTML" })).toEqual({ messageId: 1 });

    const rows = await db.devMessage.findMany({ where: { channel: "TELEGRAM", to: { in: [String(chat), String(user)] } }, orderBy: { createdAt: "asc" }, select: { to: true, body: true } });
    expect(rows.map((r) => r.body)).toEqual([
      `createChatInviteLink chat=${chat} creates_join_request=true name=MMSO python link=${inviteLink}`,
      `approveChatJoinRequest chat=${chat} user=${user}`,
      `unbanChatMember chat=${chat} user=${user} only_if_banned=true`,
      `banChatMember chat=${chat} user=${user}`,
      `unbanChatMember chat=${chat} user=${user} only_if_banned=true`,
      "<b>Hi</b>",
    ]);
    expect(rows.slice(1).every((r) => r.to === String(user))).toBe(true);
  });

  it("throws a scripted failure once, without recording the call", async () => {
    const bot = new SandboxTelegramBot("1:x");
    bot.fail("sendMessage", new TelegramRecipientGone("sendMessage", 403, "Forbidden: bot was blocked by the user"));
    await expect(bot.sendMessage(42, "a")).rejects.toBeInstanceOf(TelegramRecipientGone);
    await expect(bot.sendMessage(42, "b")).resolves.toEqual({ messageId: 1 });
    expect(bot.calls.map((c) => c.text)).toEqual(["b"]);
  });
});
