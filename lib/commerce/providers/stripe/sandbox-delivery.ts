import "server-only";
import type Stripe from "stripe";
import { env } from "@/lib/env";
import type { SandboxPayment } from "@/lib/generated/prisma/client";
import { deliverCallback, type CallbackDelivery } from "../../sandbox/sandbox-payments";
import { eventPayload, signedDelivery } from "./sandbox-events";
import { writeSandboxRequest, type StripeSandboxRequest } from "./sandbox-record";

/**
 * Sends an event to our webhook over HTTP as Stripe does: remembered first (so that it can be sent
 * again byte for byte), then signed with the configured webhook secret — the one the webhook
 * verifies with — at the moment of sending.
 */
export async function deliverStripeEvent(payment: SandboxPayment, request: StripeSandboxRequest, event: Stripe.Event): Promise<CallbackDelivery> {
  const payload = eventPayload(event);
  await writeSandboxRequest(payment.id, { ...request, lastEventPayload: payload });
  return deliverCallback(payment, signedDelivery(payload, env().STRIPE_WEBHOOK_SECRET));
}

/** A retry of the last event: same id and body, a fresh timestamp and signature. Null when none was sent. */
export async function redeliverLastStripeEvent(payment: SandboxPayment, request: StripeSandboxRequest): Promise<CallbackDelivery | null> {
  if (!request.lastEventPayload) return null;
  return deliverCallback(payment, signedDelivery(request.lastEventPayload, env().STRIPE_WEBHOOK_SECRET));
}
