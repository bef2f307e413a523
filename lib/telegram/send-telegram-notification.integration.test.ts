import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";
import { createUser } from "@/lib/testing/factories";
import { fakeTelegramId, linkTelegram } from "@/lib/testing/telegram-group-factories";
import { getSandboxTelegramBot, TelegramRecipientGone } from "./bot";
import { sendTelegramNotification } from "./send-telegram-notification";

const message = (userId: string) => ({
  userId,
  kind: "QUIZ_RESULT" as const,
  title: "Quiz <result>",
  body: "ရမှတ် 9/10 & passed",
  data: { quizId: "q1" },
  idempotencyKey: `test:${userId}`,
});

describe("sendTelegramNotification", () => {
  it("skips a person without a Telegram link", async () => {
    const user = await createUser();
    expect(await sendTelegramNotification(message(user.id))).toEqual({ status: "SKIPPED", reason: "no_telegram_link" });
  });

  it("sends the title in bold and the escaped body to the linked Telegram account (the sandbox records it)", async () => {
    const user = await createUser();
    const telegramId = fakeTelegramId();
    await linkTelegram(user.id, telegramId);
    expect(await sendTelegramNotification(message(user.id))).toEqual({ status: "SENT" });
    const text = "<b>Quiz &lt;result&gt;</b>\nရမှတ် 9/10 &amp; passed";
    expect(getSandboxTelegramBot().calls.filter((c) => c.chatId === String(telegramId))).toEqual([{ method: "sendMessage", chatId: String(telegramId), text, parseMode: "HTML" }]);
    expect(await db.devMessage.findMany({ where: { to: String(telegramId) }, select: { channel: true, body: true } })).toEqual([{ channel: "TELEGRAM", body: text }]);
  });

  it("fails for good when the person blocked the bot, and passes Telegram's rate limit on as a retry", async () => {
    const user = await createUser();
    await linkTelegram(user.id);
    getSandboxTelegramBot().fail("sendMessage", new TelegramRecipientGone("sendMessage", 403, "Forbidden: bot was blocked by the user"));
    const blocked = await sendTelegramNotification(message(user.id)).catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(PermanentFailure);
    expect((blocked as PermanentFailure).code).toBe("telegram_recipient_gone");
    getSandboxTelegramBot().fail("sendMessage", new RetryLater("telegram_rate_limited", 3000));
    const limited = await sendTelegramNotification(message(user.id)).catch((e: unknown) => e);
    expect(limited).toMatchObject({ code: "telegram_rate_limited", afterMs: 3000 });
  });
});
