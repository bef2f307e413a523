/**
 * `npm run telegram:set-webhook`: the one-time production step that points the bot at this
 * deployment (ADR 0030): `setWebhook` with APP_URL's `/api/webhooks/telegram` and
 * TELEGRAM_WEBHOOK_SECRET, reading TELEGRAM_BOT_TOKEN. Prints Telegram's answer, never the token.
 */
import { setWebhookRequest } from "./set-webhook-request.ts";

const { TELEGRAM_BOT_TOKEN: botToken, TELEGRAM_WEBHOOK_SECRET: webhookSecret, APP_URL: appUrl } = process.env;
if (!botToken || !webhookSecret || !appUrl) {
  process.stderr.write("telegram:set-webhook needs TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET and APP_URL\n");
  process.exit(1);
}
try {
  const request = setWebhookRequest({ botToken, webhookSecret, appUrl });
  const response = await fetch(request.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request.body), signal: AbortSignal.timeout(15_000) });
  const answer = (await response.json().catch(() => ({}))) as { ok?: boolean; description?: string };
  process.stdout.write(`setWebhook → ${request.body.url}: ${answer.ok ? "ok" : `refused (${response.status}) ${answer.description ?? ""}`}\n`);
  process.exit(answer.ok ? 0 : 1);
} catch (error) {
  process.stderr.write(`telegram:set-webhook failed: ${error instanceof Error ? error.message.replaceAll(botToken, "<token>") : "error"}\n`);
  process.exit(1);
}
