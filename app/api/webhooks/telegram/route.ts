import { webhookRoute } from "@/lib/http/webhook-body";
import { receiveTelegramUpdate } from "@/lib/telegram/webhook/receive-telegram-update";

export const dynamic = "force-dynamic";

/** The bot's updates (setWebhook with secret_token): the raw body goes to the verifier before any parsing. */
export const POST = webhookRoute(async (rawBody, req) => {
  const { status, body } = await receiveTelegramUpdate({ rawBody, secretToken: req.headers.get("x-telegram-bot-api-secret-token") });
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
});
