/** The updates the bot webhook handles (lib/telegram/webhook/telegram-update.ts); Telegram sends no others. */
export const ALLOWED_UPDATES = ["message", "chat_join_request"] as const;

export type SetWebhookRequest = { url: string; body: { url: string; secret_token: string; allowed_updates: readonly string[]; drop_pending_updates: boolean } };

/**
 * The Bot API `setWebhook` call that points Telegram at `/api/webhooks/telegram` with the secret it
 * must send back in `X-Telegram-Bot-Api-Secret-Token` (integrations.md). The token is in the URL
 * path (the Bot API's own scheme): callers must never print `url`.
 */
export function setWebhookRequest(config: { botToken: string; webhookSecret: string; appUrl: string }): SetWebhookRequest {
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(config.webhookSecret)) {
    throw new Error("TELEGRAM_WEBHOOK_SECRET may hold only A–Z, a–z, 0–9, _ and - (1–256 characters), as Telegram requires");
  }
  const webhook = new URL("/api/webhooks/telegram", config.appUrl);
  if (webhook.protocol !== "https:") throw new Error("APP_URL must be https: Telegram delivers webhooks over HTTPS only");
  return {
    url: `https://api.telegram.org/bot${config.botToken}/setWebhook`,
    body: { url: webhook.toString(), secret_token: config.webhookSecret, allowed_updates: ALLOWED_UPDATES, drop_pending_updates: false },
  };
}
