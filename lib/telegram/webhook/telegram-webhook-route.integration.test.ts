import { drainOutbox } from "@/lib/outbox/drain";
import { TELEGRAM_GROUP_HANDLERS } from "@/lib/telegram/groups/outbox-handlers";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/telegram/route";
import { db } from "@/lib/db";
import { RetryLater } from "@/lib/outbox/types";
import { getSandboxTelegramBot } from "@/lib/telegram/bot";
import { createCourseWithContent, createEnrolledStudent } from "@/lib/testing/learning-factories";
import { botCalls, connectGroup, fakeChatId, fakeTelegramId, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { nextUpdateId, privateMessageUpdate, telegramWebhookRequest, TEST_WEBHOOK_SECRET } from "@/lib/testing/telegram-factories";

async function send(update: unknown, secret: string | null = TEST_WEBHOOK_SECRET) {
  const response = await POST(telegramWebhookRequest(update, secret));
  return { status: response.status, json: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const events = (updateId: number) => db.providerEvent.findMany({ where: { source: "TELEGRAM", providerEventId: String(updateId) } });

function joinRequest(chatId: number, userId: number, updateId = nextUpdateId()) {
  return { update_id: updateId, chat_join_request: { chat: { id: chatId, type: "supergroup", title: "G" }, from: { id: userId, is_bot: false, first_name: "Su" }, user_chat_id: userId, date: Math.floor(Date.now() / 1000) } };
}

describe("POST /api/webhooks/telegram", () => {
  it("refuses a missing or wrong secret token with 401 and stores nothing", async () => {
    const telegramId = fakeTelegramId();
    for (const secret of [null, "", "wrong-secret", `${TEST_WEBHOOK_SECRET}x`, TEST_WEBHOOK_SECRET.slice(0, -1)]) {
      const update = privateMessageUpdate(telegramId, "/start");
      const { status, json } = await send(update, secret);
      expect(status, String(secret)).toBe(401);
      expect(json).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
      expect(await events(update.update_id)).toEqual([]);
    }
    expect(await db.devMessage.count({ where: { to: String(telegramId) } })).toBe(0);
  });

  it("answers malformed JSON and non-updates with 400", async () => {
    expect((await send("{not json")).json.error.code).toBe("invalid_json");
    expect((await send("{not json")).status).toBe(400);
    const notUpdate = await send({ hello: "world" });
    expect(notUpdate.status).toBe(400);
    expect(notUpdate.json.error.code).toBe("bad_request");
  });

  it("replies to /start in Burmese and English through the webhook answer, once per update_id", async () => {
    const telegramId = fakeTelegramId();
    const update = privateMessageUpdate(telegramId, "/start");
    const first = await send(update);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ method: "sendMessage", chat_id: telegramId });
    expect(first.json.text).toContain("MMSO");
    expect(first.json.text).toMatch(/[\u1000-\u109f]/);
    expect(first.json.text).toContain("/account/telegram");
    const again = await send(update);
    expect(again).toEqual({ status: 200, json: { status: "duplicate" } });
    expect(await db.devMessage.count({ where: { channel: "TELEGRAM", to: String(telegramId) } })).toBe(1);
    const [event] = await events(update.update_id);
    // Nothing about the sender is kept (policy S1.3: they may never link).
    expect(event).toMatchObject({ type: "start_command", payload: { kind: "start_command" }, processedAt: expect.any(Date), error: null });
  });

  it("ignores other messages but still records the update_id", async () => {
    const update = privateMessageUpdate(fakeTelegramId(), "hello");
    expect(await send(update)).toEqual({ status: 200, json: { status: "ignored" } });
    expect(await send(update)).toEqual({ status: 200, json: { status: "duplicate" } });
  });

  it("hands a join request to the course-group handler: an enrolled, linked student is approved", async () => {
    const { course } = await createCourseWithContent();
    const group = await connectGroup(course);
    const { user } = await createEnrolledStudent(course);
    const telegramId = fakeTelegramId();
    await linkTelegram(user.id, telegramId);
    const update = joinRequest(Number(group.chatId), telegramId);
    expect(await send(update)).toEqual({ status: 200, json: { status: "processed" } });
    expect(await send(update)).toEqual({ status: 200, json: { status: "duplicate" } });
    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });
    expect(botCalls({ chatId: group.chatId, userId: telegramId }).map((c) => c.method)).toEqual(["approveChatJoinRequest"]);
  });

  it("answers a join request through the outbox: a passing failure there is retried by the worker, the update is not redelivered", async () => {
    const { course } = await createCourseWithContent();
    const group = await connectGroup(course);
    const stranger = fakeTelegramId();
    const update = joinRequest(Number(group.chatId), stranger);
    expect(await send(update)).toEqual({ status: 200, json: { status: "processed" } });
    getSandboxTelegramBot().fail("declineChatJoinRequest", new RetryLater("telegram_unavailable"));
    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS });
    const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: "telegram.answer_join_request", idempotencyKey: { contains: `:${stranger}:` } } });
    expect(row).toMatchObject({ status: "PENDING", lastError: "telegram_unavailable" });
    expect(botCalls({ chatId: group.chatId, userId: stranger })).toEqual([]);
    await drainOutbox({ handlers: TELEGRAM_GROUP_HANDLERS, now: new Date(Date.now() + 3_600_000) });
    expect(botCalls({ chatId: group.chatId, userId: stranger }).map((c) => c.method)).toEqual(["declineChatJoinRequest"]);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("DELIVERED");
  });

  it("passes /connect in a group to the connect handler (a bad code changes nothing)", async () => {
    const chatId = fakeChatId();
    const update = { update_id: nextUpdateId(), message: { message_id: 5, date: 1, chat: { id: chatId, type: "supergroup", title: "Python" }, from: { id: fakeTelegramId() }, text: "/connect@mmso_sandbox_bot nonsense" } };
    const { status } = await send(update);
    expect(status).toBe(200);
    expect(await events(update.update_id)).toMatchObject([{ type: "connect_command" }]);
    expect(await db.telegramCourseGroup.count({ where: { chatId: BigInt(chatId) } })).toBe(0);
  });
});
