import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RetryLater } from "@/lib/outbox/types";
import { TelegramApiError, TelegramRecipientGone } from "./bot-types";
import { createLiveTelegramBot } from "./live-telegram-bot";

type Reply = { status: number; body?: unknown; hang?: boolean };
let server: Server;
let base: string;
let seen: Array<{ path: string; body: Record<string, unknown> }> = [];
let replies: Reply[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown> });
      const reply = replies.shift() ?? { status: 200, body: { ok: true, result: true } };
      if (reply.hang) return;
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen = [];
  replies = [];
});

const bot = () => createLiveTelegramBot({ token: "123:secret-token", apiBaseUrl: base, timeoutMs: 500 });
const fail = (status: number, description: string, parameters?: unknown) => ({ status, body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) } });

describe("live Telegram bot", () => {
  it("calls the Bot API methods with the documented parameters", async () => {
    replies = [
      { status: 200, body: { ok: true, result: { message_id: 77, chat: { id: 5 } } } },
      { status: 200, body: { ok: true, result: { invite_link: "https://t.me/+AbC", creates_join_request: true } } },
      { status: 200, body: { ok: true, result: { id: -1001234567890, type: "supergroup", title: "Python" } } },
      { status: 200, body: { ok: true, result: { status: "administrator", can_invite_users: true, can_restrict_members: false } } },
    ];
    const b = bot();
    expect(await b.sendMessage("5000000001", "<b>Hi</b>", { parseMode: "HTML" })).toEqual({ messageId: 77 });
    expect(await b.createChatInviteLink(-1001234567890, { name: "MMSO python-101" })).toEqual({ inviteLink: "https://t.me/+AbC" });
    expect(await b.getChat("-1001234567890")).toEqual({ id: -1001234567890, type: "supergroup", title: "Python" });
    expect(await b.getChatMember(-1001234567890, 123)).toEqual({ status: "administrator", canInviteUsers: true, canRestrictMembers: false });
    await b.approveChatJoinRequest(-1001234567890, "5000000001");
    await b.banChatMember(-1001234567890, 5000000001);
    await b.unbanChatMember(-1001234567890, 5000000001);
    expect(seen.map((s) => s.path)).toEqual([
      "/bot123:secret-token/sendMessage",
      "/bot123:secret-token/createChatInviteLink",
      "/bot123:secret-token/getChat",
      "/bot123:secret-token/getChatMember",
      "/bot123:secret-token/approveChatJoinRequest",
      "/bot123:secret-token/banChatMember",
      "/bot123:secret-token/unbanChatMember",
    ]);
    expect(seen[0]!.body).toMatchObject({ chat_id: 5000000001, text: "<b>Hi</b>", parse_mode: "HTML" });
    expect(seen[1]!.body).toEqual({ chat_id: -1001234567890, creates_join_request: true, name: "MMSO python-101" });
    expect(seen[4]!.body).toEqual({ chat_id: -1001234567890, user_id: 5000000001 });
    expect(seen[6]!.body).toEqual({ chat_id: -1001234567890, user_id: 5000000001, only_if_banned: true });
  });

  it("maps 429 with retry_after, 5xx, network failures and timeouts to RetryLater", async () => {
    replies = [fail(429, "Too Many Requests: retry after 7", { retry_after: 7 }), fail(502, "Bad Gateway"), { status: 200, hang: true }];
    await expect(bot().sendMessage(1, "x")).rejects.toMatchObject({ name: "RetryLater", code: "telegram_rate_limited", afterMs: 7000 });
    await expect(bot().sendMessage(1, "x")).rejects.toMatchObject({ name: "RetryLater", code: "telegram_unavailable" });
    await expect(bot().sendMessage(1, "x")).rejects.toBeInstanceOf(RetryLater);
    const offline = createLiveTelegramBot({ token: "123:secret-token", apiBaseUrl: "http://127.0.0.1:1", timeoutMs: 500 });
    const error = await offline.sendMessage(1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryLater);
    expect(String((error as Error).message)).not.toContain("secret-token");
  });

  it("maps a blocked bot, a deactivated user and a missing chat to TelegramRecipientGone, other 4xx to TelegramApiError", async () => {
    replies = [fail(403, "Forbidden: bot was blocked by the user"), fail(403, "Forbidden: user is deactivated"), fail(400, "Bad Request: chat not found"), fail(400, "Bad Request: can't parse entities"), fail(401, "Unauthorized")];
    for (let i = 0; i < 3; i++) {
      const error = await bot().sendMessage(1, "x").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TelegramRecipientGone);
      expect(error).toMatchObject({ code: "telegram_recipient_gone", name: "TelegramRecipientGone" });
    }
    await expect(bot().sendMessage(1, "x")).rejects.toMatchObject({ code: "telegram_bad_request", status: 400, method: "sendMessage" });
    const unauthorized = await bot().getMe().catch((e: unknown) => e);
    expect(unauthorized).toBeInstanceOf(TelegramApiError);
    expect(unauthorized).toMatchObject({ code: "telegram_unauthorized" });
  });

  it("treats a repeated approval or decline as done", async () => {
    replies = [fail(400, "Bad Request: USER_ALREADY_PARTICIPANT"), fail(400, "Bad Request: HIDE_REQUESTER_MISSING"), fail(400, "Bad Request: HIDE_REQUESTER_MISSING")];
    await expect(bot().approveChatJoinRequest(-100, 5)).resolves.toBeUndefined();
    await expect(bot().approveChatJoinRequest(-100, 5)).resolves.toBeUndefined();
    await expect(bot().declineChatJoinRequest(-100, 5)).resolves.toBeUndefined();
  });
});
