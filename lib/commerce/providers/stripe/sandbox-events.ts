import Stripe from "stripe";
import { chargeObject, type ChargeFacts } from "./sandbox-charge";
import { chargeIdFor, stripeId, stripeIdFrom } from "./sandbox-ids";
import { checkoutSessionObject, type SessionFacts } from "./sandbox-session";
import { toStripeAmount, toStripeCurrency } from "./stripe-amounts";

/*
 * Stripe's side of the protocol for the sandbox and for tests: events with the JSON Stripe sends
 * (typed against the SDK's own Event, Session and Charge interfaces, so no required field can be
 * forgotten), signed with Stripe's own generateTestHeaderString. Pure apart from the random ids.
 * Nothing personal: customer_details is null, and there are no card details. No "server-only":
 * Playwright specs build and sign events with these functions too. A delivery as Stripe makes it:
 *   const payload = eventPayload(sessionEvent("checkout.session.completed", facts, { created }));
 *   const { body, headers } = signedDelivery(payload, webhookSecret);
 */

export type { ChargeFacts, RefundFacts } from "./sandbox-charge";
export { chargeIdFor, stripeId } from "./sandbox-ids";
export { checkoutSessionObject, type SessionFacts } from "./sandbox-session";

export type SessionEventType =
  | "checkout.session.completed"
  | "checkout.session.async_payment_succeeded"
  | "checkout.session.async_payment_failed"
  | "checkout.session.expired";

/** The API version the sandbox's events are rendered at: the SDK's own. */
export const SANDBOX_API_VERSION: string = Stripe.API_VERSION;

type EventMeta = { id?: string; created: number };

function envelope<T extends Stripe.Event>(type: T["type"], object: T["data"]["object"], meta: EventMeta): T {
  const base = {
    id: meta.id ?? stripeId("evt_"),
    object: "event",
    api_version: SANDBOX_API_VERSION,
    created: meta.created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  } satisfies Omit<Stripe.EventBase, "type" | "data">;
  // Key order as Stripe writes it: …, data before livemode, type last.
  const { livemode, pending_webhooks, request, ...head } = base;
  return { ...head, data: { object }, livemode, pending_webhooks, request, type } as T;
}

/** A `checkout.session.*` event for the session. */
export function sessionEvent(type: SessionEventType, facts: SessionFacts, meta: EventMeta): Stripe.Event {
  return envelope(type, checkoutSessionObject(facts), meta);
}

/** `charge.refunded` after the newest refund in `facts.refunds`. */
export function chargeRefundedEvent(facts: ChargeFacts, meta: EventMeta): Stripe.ChargeRefundedEvent {
  return envelope<Stripe.ChargeRefundedEvent>("charge.refunded", chargeObject(facts), meta);
}

/**
 * `charge.dispute.created` for a paid session's charge, for tests of an event MMSO only stores.
 * The dispute carries the fields MMSO reads; the SDK type lists evidence objects the sandbox never
 * plays, hence the cast.
 */
export function disputeCreatedEvent(facts: Pick<ChargeFacts, "paymentIntentId" | "amount" | "currency" | "created">, meta: EventMeta): Stripe.Event {
  const dispute = {
    id: stripeIdFrom("dp_", facts.paymentIntentId),
    object: "dispute",
    amount: toStripeAmount(facts.amount, facts.currency),
    balance_transactions: [],
    charge: chargeIdFor(facts.paymentIntentId),
    created: facts.created,
    currency: toStripeCurrency(facts.currency),
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: facts.paymentIntentId,
    reason: "fraudulent",
    status: "needs_response",
  } as unknown as Stripe.Dispute;
  return envelope<Stripe.ChargeDisputeCreatedEvent>("charge.dispute.created", dispute, meta);
}

/** The delivery Stripe would make: the body as sent, and `Stripe-Signature` over it. */
export function signedDelivery(payload: string, secret: string, timestamp?: number): { body: string; headers: Record<string, string> } {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp === undefined ? {} : { timestamp }) });
  return { body: payload, headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature } };
}

/** Stripe sends events pretty-printed with two spaces. */
export const eventPayload = (event: Stripe.Event): string => JSON.stringify(event, null, 2);

