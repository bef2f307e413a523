import "server-only";
import type { SandboxPaymentStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { findSandboxPayment, settleSandboxPayment, type CallbackDelivery } from "../../sandbox/sandbox-payments";
import type { CurrencyCode } from "../types";
import { deliverStripeEvent, redeliverLastStripeEvent } from "./sandbox-delivery";
import { sessionEvent, stripeId, type SessionEventType } from "./sandbox-events";
import { readSandboxRequest, sessionFacts } from "./sandbox-record";

/** What the sandbox checkout page shows: the session as Stripe's hosted page would, nothing personal. */
export type StripeSandboxCheckout = {
  checkoutId: string;
  reference: string;
  itemName: string;
  amount: number;
  currency: CurrencyCode;
  status: SandboxPaymentStatus;
  /** Stripe's pi_… once the buyer acted (pay or decline). */
  paymentIntentId: string | null;
  refundedAmount: number;
  /** Where Stripe sends the buyer back (success_url and cancel_url are both the order's page). */
  returnUrl: string;
  lastEventType: string | null;
  callbackAttempts: number;
  lastCallbackStatus: number | null;
};

export async function findStripeSandboxCheckout(checkoutId: string): Promise<StripeSandboxCheckout | null> {
  const payment = await findSandboxPayment("STRIPE", checkoutId);
  if (!payment) return null;
  const request = readSandboxRequest(payment);
  return {
    checkoutId: payment.checkoutId,
    reference: payment.merchantReference,
    itemName: request.session.line_items[0]!.price_data.product_data.name,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    paymentIntentId: payment.transactionId,
    refundedAmount: payment.refundedAmount,
    returnUrl: request.session.success_url,
    lastEventType: request.lastEventPayload ? readEventType(request.lastEventPayload) : null,
    callbackAttempts: payment.callbackAttempts,
    lastCallbackStatus: payment.lastCallbackStatus,
  };
}

/**
 * The tester's choices on the page, and what Stripe sends for each:
 * - pay: the card is accepted → `checkout.session.completed` (paid);
 * - decline: played as a delayed payment method that fails → `checkout.session.async_payment_failed`
 *   (a declined card in real Checkout sends nothing: the buyer just tries another card);
 * - expire: the session runs out → `checkout.session.expired`.
 */
export type StripeSandboxAction = "pay" | "decline" | "expire";

const SETTLEMENT: Record<StripeSandboxAction, { status: "PAID" | "FAILED" | "EXPIRED"; event: SessionEventType; intent: boolean }> = {
  pay: { status: "PAID", event: "checkout.session.completed", intent: true },
  decline: { status: "FAILED", event: "checkout.session.async_payment_failed", intent: true },
  expire: { status: "EXPIRED", event: "checkout.session.expired", intent: false },
};

/** Settles the sandbox payment once (a second action is a `conflict`) and delivers the event. */
export async function settleStripeSandboxCheckout(checkoutId: string, action: StripeSandboxAction, now = new Date()): Promise<CallbackDelivery> {
  const found = await findSandboxPayment("STRIPE", checkoutId);
  if (!found) throw new AppError("not_found");
  const { status, event, intent } = SETTLEMENT[action];
  const payment = await settleSandboxPayment(found.id, status, intent ? stripeId("pi_") : null);
  const request = readSandboxRequest(payment);
  return deliverStripeEvent(payment, request, sessionEvent(event, sessionFacts(payment, request), { created: Math.floor(now.getTime() / 1000) }));
}

/** "Send the callback again": the last event, unchanged, with a fresh signature. */
export async function resendStripeSandboxEvent(checkoutId: string): Promise<CallbackDelivery> {
  const payment = await findSandboxPayment("STRIPE", checkoutId);
  if (!payment) throw new AppError("not_found");
  const delivery = await redeliverLastStripeEvent(payment, readSandboxRequest(payment));
  if (!delivery) throw new AppError("conflict");
  return delivery;
}

/** Cancel on Stripe's page: back to cancel_url, no event; the session stays open until it expires. */
export async function cancelUrlOfStripeSandboxCheckout(checkoutId: string): Promise<string> {
  const payment = await findSandboxPayment("STRIPE", checkoutId);
  if (!payment) throw new AppError("not_found");
  return readSandboxRequest(payment).session.cancel_url;
}

function readEventType(payload: string): string | null {
  const type = (JSON.parse(payload) as { type?: unknown }).type;
  return typeof type === "string" ? type : null;
}
