import { describe, expect, it } from "vitest";
import { setWebhookRequest } from "./set-webhook-request";

describe("telegram:set-webhook", () => {
  it("points Telegram at the webhook with the secret header value and the updates the bot handles", () => {
    const request = setWebhookRequest({ botToken: "123:abc", webhookSecret: "s3cret_value-1", appUrl: "https://mmso.example.mm" });
    expect(request.url).toBe("https://api.telegram.org/bot123:abc/setWebhook");
    expect(request.body).toEqual({
      url: "https://mmso.example.mm/api/webhooks/telegram",
      secret_token: "s3cret_value-1",
      allowed_updates: ["message", "chat_join_request"],
      drop_pending_updates: false,
    });
  });

  it("refuses a secret Telegram would reject and a webhook that is not HTTPS", () => {
    expect(() => setWebhookRequest({ botToken: "1:a", webhookSecret: "has space", appUrl: "https://mmso.example.mm" })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => setWebhookRequest({ botToken: "1:a", webhookSecret: "ok", appUrl: "http://localhost:3000" })).toThrow(/https/);
  });
});
