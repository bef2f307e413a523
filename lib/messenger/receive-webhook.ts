import "server-only";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import { applyReceipt } from "./apply-event";
import { applyInbound } from "./apply-message";
import { verifyMessengerSignature } from "./signature";
import { readMessengerItems } from "./webhook-payload";

export type WebhookReply = { status: number; body: Record<string, unknown> };

const reply = (status: number, body: Record<string, unknown>): WebhookReply => ({ status, body });

/**
 * `POST /api/webhooks/messenger` (integrations.md). Security-critical order: the signature over the
 * raw bytes first (401, nothing stored), then the JSON (400). Items of shapes we do not know are
 * skipped. Each item is its own transaction (a batch mixes people); a failure that a retry could fix
 * answers 500 so Meta redelivers, and the unique mid makes the redelivery harmless.
 */
export async function receiveMessengerWebhook(request: { rawBody: Uint8Array; signature: string | null }, now = new Date()): Promise<WebhookReply> {
  if (!verifyMessengerSignature(request.rawBody, request.signature, env().MESSENGER_APP_SECRET)) {
    return reply(401, { error: { code: "unauthorized", message: "Invalid signature" } });
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(request.rawBody));
  } catch {
    return reply(400, { error: { code: "invalid_json", message: "Malformed JSON" } });
  }
  const items = readMessengerItems(json);
  if (items === null) return reply(200, { status: "ignored" });
  const counts = { stored: 0, duplicate: 0, ignored: 0, failed: 0 };
  for (const item of items) {
    try {
      const outcome = item.kind === "message" || item.kind === "postback" ? await applyInbound(item, now) : await applyReceipt({ psid: item.psid, type: item.kind === "delivery" ? "DELIVERY" : "READ", watermark: item.watermark, now });
      counts[outcome] += 1;
    } catch (error) {
      counts.failed += 1;
      log.error("messenger.webhook_item_failed", { kind: item.kind, ...describeError(error) });
    }
  }
  if (counts.failed > 0) return reply(500, { error: { code: "internal", message: "Try again" } });
  return reply(200, { status: "processed", ...counts });
}
