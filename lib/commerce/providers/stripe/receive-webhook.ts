import "server-only";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import type { VerifiedMessage } from "../types";
import { verifyStripeWebhook, WebhookRejected } from "./verify-callback";

export type WebhookReply = { status: number; body: Record<string, unknown> };

/**
 * `POST /api/webhooks/stripe` (integrations.md, flows.md flow 3). Security-critical order: the
 * signature over the raw body is checked before anything is parsed, and a request that fails it
 * is answered 400 without touching the database (logged with its reason only, never the body or
 * the header). A verified event goes to applyVerifiedMessage, which dedupes on event.id in the
 * transaction of its side effect; every outcome is acknowledged with 200 so that Stripe stops
 * sending it. Only a failure a retry could fix answers 500, so that Stripe retries.
 */
export async function receiveStripeWebhook(request: { rawBody: string; signature: string | null }, now = new Date()): Promise<WebhookReply> {
  let message: VerifiedMessage;
  try {
    message = verifyStripeWebhook(request.rawBody, request.signature, env().STRIPE_WEBHOOK_SECRET, now);
  } catch (error) {
    if (!(error instanceof WebhookRejected)) throw error;
    log.warn("webhook.rejected", { provider: "STRIPE", reason: error.reason });
    const code = error.reason === "malformed_payload" ? "bad_request" : "invalid_signature";
    return { status: 400, body: { error: { code, message: code === "bad_request" ? "Not a Stripe event" : "Invalid signature" } } };
  }
  try {
    const outcome = await applyVerifiedMessage(message);
    log.info("webhook.received", { provider: "STRIPE", kind: message.kind, status: outcome.status, orderId: outcome.orderId });
    return { status: 200, body: { received: true } };
  } catch (error) {
    log.error("webhook.apply_failed", { provider: "STRIPE", kind: message.kind, ...describeError(error) });
    return { status: 500, body: { error: { code: "internal", message: "Try again" } } };
  }
}
