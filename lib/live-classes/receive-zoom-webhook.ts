import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { urlValidationResponse, verifyZoomWebhook } from "@/lib/integrations/zoom/verify-webhook";
import { readZoomEvent } from "@/lib/integrations/zoom/webhook-event";
import { describeError, log } from "@/lib/log";
import { applyZoomEvent } from "./apply-zoom-event";

export type WebhookReply = { status: number; body: Record<string, unknown> };

const reply = (status: number, body: Record<string, unknown>): WebhookReply => ({ status, body });

/**
 * `POST /api/webhooks/zoom` (integrations.md). Security-critical order: the signature over the raw
 * body and the timestamp are checked before anything is parsed (401, no side effect); then the
 * JSON (400); `endpoint.url_validation` is answered; every other event is stored as a
 * ProviderEvent (source ZOOM, unique derived id) in the same transaction as its side effect, so a
 * duplicate delivery fails on the unique key and is answered 200 without doing anything again.
 * A failure that a retry could fix answers 500 so that Zoom retries.
 */
export async function receiveZoomWebhook(
  request: { rawBody: string; signature: string | null; timestamp: string | null },
  now = new Date(),
): Promise<WebhookReply> {
  const secret = env().ZOOM_WEBHOOK_SECRET_TOKEN;
  if (!verifyZoomWebhook(request, secret, now.getTime())) return reply(401, { error: { code: "unauthorized", message: "Invalid signature" } });
  let json: unknown;
  try {
    json = JSON.parse(request.rawBody);
  } catch {
    return reply(400, { error: { code: "invalid_json", message: "Malformed JSON" } });
  }
  const event = readZoomEvent(json);
  if (!event) return reply(400, { error: { code: "bad_request", message: "Not a Zoom event" } });
  if (event.kind === "url_validation") return reply(200, urlValidationResponse(secret, event.plainToken));
  try {
    const outcome = await db.$transaction(async (tx) => {
      await tx.providerEvent.create({
        data: { source: "ZOOM", providerEventId: event.providerEventId, type: event.type, payload: event.record, processedAt: now },
      });
      return applyZoomEvent(tx, event.record, now);
    });
    return reply(200, { status: "processed", outcome });
  } catch (error) {
    if (isUniqueViolation(error)) return reply(200, { status: "duplicate" });
    log.error("zoom.webhook_failed", { type: event.type, ...describeError(error) });
    return reply(500, { error: { code: "internal", message: "Try again" } });
  }
}

function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === "P2002" || code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
