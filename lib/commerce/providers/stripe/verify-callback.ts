import Stripe from "stripe";
import type { VerifiedMessage } from "../types";
import { mapStripeEvent } from "./map-event";
import { eventEnvelope } from "./stripe-objects";

/** Stripe's own default: a signed timestamp older than this is refused as a replay. */
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;

export type WebhookRejectedReason = "missing_signature" | "invalid_signature" | "stale_timestamp" | "malformed_payload";

/** A webhook request that did not verify; carries a reason code and never the body or the header. */
export class WebhookRejected extends Error {
  constructor(readonly reason: WebhookRejectedReason) {
    super(`Stripe webhook rejected: ${reason}`);
    this.name = "WebhookRejected";
  }
}

/**
 * Security-critical: the only way a Stripe message enters MMSO. Stripe's own
 * `webhooks.constructEvent` checks `Stripe-Signature` (v1 = HMAC-SHA256 of `${t}.${rawBody}` under
 * the endpoint secret, constant-time compare) and the timestamp's age (300 s) over the raw body as
 * received; only then is the body parsed. Throws WebhookRejected on any failure.
 */
export function verifyStripeWebhook(rawBody: string, signatureHeader: string | null, secret: string, now: Date = new Date()): VerifiedMessage {
  if (!signatureHeader?.trim()) throw new WebhookRejected("missing_signature");
  // An empty secret would make any HMAC "valid" for whoever knows it is empty: never verify with one.
  if (!secret.trim()) throw new WebhookRejected("invalid_signature");
  let event: unknown;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signatureHeader, secret, STRIPE_WEBHOOK_TOLERANCE_SECONDS, undefined, now.getTime());
  } catch (error) {
    throw new WebhookRejected(rejectionReason(error));
  }
  // constructEvent refuses only old timestamps; a signature dated far ahead would stay replayable
  // for that long, so the window is symmetric, as Zoom's (found by the forgery suite, issue 9).
  if (signedTimestamp(signatureHeader) - Math.floor(now.getTime() / 1000) > STRIPE_WEBHOOK_TOLERANCE_SECONDS) throw new WebhookRejected("stale_timestamp");
  const envelope = eventEnvelope.safeParse(event);
  if (!envelope.success) throw new WebhookRejected("malformed_payload");
  return mapStripeEvent(envelope.data);
}

/** The `t=` of a Stripe-Signature header as the SDK reads it (the last `t` item). */
function signedTimestamp(header: string): number {
  const items = header.split(",").filter((item) => item.split("=")[0] === "t");
  return Number.parseInt(items.at(-1)?.split("=")[1] ?? "", 10);
}

function rejectionReason(error: unknown): WebhookRejectedReason {
  // constructEvent checks the signature first and the age second, and JSON-parses only after both.
  if (error instanceof SyntaxError) return "malformed_payload";
  if (error instanceof Stripe.errors.StripeSignatureVerificationError && /tolerance/i.test(error.message)) return "stale_timestamp";
  return "invalid_signature";
}
