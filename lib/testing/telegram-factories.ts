import { createHash, createHmac } from "node:crypto";
import { DEMO_SECRETS } from "@/lib/config/secrets";

export const TEST_BOT_TOKEN = DEMO_SECRETS.TELEGRAM_BOT_TOKEN;
export const TEST_WEBHOOK_SECRET = DEMO_SECRETS.TELEGRAM_WEBHOOK_SECRET;

/**
 * Login Widget data for a Telegram user, signed as Telegram signs it (computed here from the
 * protocol, not with the code under test). Values are strings, as the widget's redirect sends them.
 */
export function signedWidgetData(
  person: { id: number; first_name?: string; last_name?: string; username?: string; photo_url?: string; auth_date?: number },
  token: string = TEST_BOT_TOKEN,
): Record<string, string> {
  const fields: Record<string, string> = {
    id: String(person.id),
    first_name: person.first_name ?? "Test",
    auth_date: String(person.auth_date ?? Math.floor(Date.now() / 1000)),
  };
  for (const key of ["last_name", "username", "photo_url"] as const) if (person[key]) fields[key] = person[key];
  const dcs = Object.keys(fields).sort().map((key) => `${key}=${fields[key]}`).join("\n");
  const hash = createHmac("sha256", createHash("sha256").update(token).digest()).update(dcs).digest("hex");
  return { ...fields, hash };
}

let updateId = 100_000 + Math.floor(Math.random() * 1_000_000);

/** A fresh update_id (unique within the test file). */
export const nextUpdateId = () => ++updateId;

/** A webhook POST as Telegram sends it, with the secret header (or the one given; null = none). */
export function telegramWebhookRequest(update: unknown, secret: string | null = TEST_WEBHOOK_SECRET): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== null) headers["x-telegram-bot-api-secret-token"] = secret;
  return new Request("http://localhost:3000/api/webhooks/telegram", { method: "POST", headers, body: typeof update === "string" ? update : JSON.stringify(update) });
}

/** A private-chat text message update from a Telegram user. */
export function privateMessageUpdate(fromId: number, text: string, id = nextUpdateId()) {
  return { update_id: id, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: fromId, type: "private", first_name: "Test" }, from: { id: fromId, is_bot: false, first_name: "Test" }, text } };
}
