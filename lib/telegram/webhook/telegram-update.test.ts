import { describe, expect, it } from "vitest";
import { routeUpdate, telegramUpdate } from "./telegram-update";
import { verifyTelegramSecretToken } from "./verify-secret-token";

const message = (chat: { id: number; type: string; title?: string }, text?: string) =>
  telegramUpdate.parse({ update_id: 1, message: { message_id: 1, date: 1, chat, from: { id: 42, is_bot: false, first_name: "A" }, ...(text === undefined ? {} : { text }) } });

describe("routeUpdate", () => {
  it("routes join requests with only the ids and date", () => {
    const update = telegramUpdate.parse({ update_id: 9, chat_join_request: { chat: { id: -100123, type: "supergroup", title: "G" }, from: { id: 42, is_bot: false, first_name: "A", username: "a" }, user_chat_id: 42, date: 1700000000, bio: "x" } });
    expect(routeUpdate(update)).toEqual({ kind: "chat_join_request", request: { chat: { id: -100123 }, from: { id: 42 }, date: 1700000000 } });
  });

  it("routes /connect in groups only, normalising /connect@bot", () => {
    const group = { id: -100123, type: "supergroup", title: "Python" };
    expect(routeUpdate(message(group, "/connect ABC-123"))).toEqual({ kind: "connect_command", message: { chat: group, from: { id: 42 }, text: "/connect ABC-123" } });
    expect(routeUpdate(message(group, "/connect@mmso_bot ABC-123"))).toMatchObject({ kind: "connect_command", message: { text: "/connect ABC-123" } });
    expect(routeUpdate(message({ id: -5, type: "group" }, "/connect X"))).toMatchObject({ kind: "connect_command" });
    expect(routeUpdate(message({ id: 42, type: "private" }, "/connect X"))).toEqual({ kind: "ignored" });
    expect(routeUpdate(message(group, "/connectX"))).toEqual({ kind: "ignored" });
    expect(routeUpdate(message(group, "/connect"))).toEqual({ kind: "ignored" });
  });

  it("routes /start in private chats only", () => {
    expect(routeUpdate(message({ id: 42, type: "private" }, "/start"))).toEqual({ kind: "start_command", chatId: 42 });
    expect(routeUpdate(message({ id: 42, type: "private" }, "/start deep-link"))).toEqual({ kind: "start_command", chatId: 42 });
    expect(routeUpdate(message({ id: -1, type: "group" }, "/start"))).toEqual({ kind: "ignored" });
    expect(routeUpdate(message({ id: 42, type: "private" }, "/started"))).toEqual({ kind: "ignored" });
    expect(routeUpdate(message({ id: 42, type: "private" }))).toEqual({ kind: "ignored" });
    expect(routeUpdate(telegramUpdate.parse({ update_id: 3, edited_message: {} }))).toEqual({ kind: "ignored" });
  });

  it("refuses what is not an update", () => {
    expect(telegramUpdate.safeParse({ message: {} }).success).toBe(false);
    expect(telegramUpdate.safeParse({ update_id: -1 }).success).toBe(false);
  });
});

describe("verifyTelegramSecretToken", () => {
  it("accepts only the exact secret", () => {
    expect(verifyTelegramSecretToken("s3cret_Token-1", "s3cret_Token-1")).toBe(true);
    for (const received of [null, "", "s3cret_Token-2", "s3cret_Token-1 ", "S3CRET_TOKEN-1", "s3cret_Token"]) {
      expect(verifyTelegramSecretToken(received, "s3cret_Token-1")).toBe(false);
    }
    expect(verifyTelegramSecretToken("", "")).toBe(false);
  });
});
