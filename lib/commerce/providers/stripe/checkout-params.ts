import type Stripe from "stripe";
import type { CheckoutOrder } from "../types";
import { toStripeAmount, toStripeCurrency } from "./stripe-amounts";

const MINUTE_MS = 60_000;
/** Stripe accepts expires_at from 30 minutes to 24 hours after the session is created. */
export const MIN_CHECKOUT_LIFETIME_MS = 30 * MINUTE_MS;
export const MAX_CHECKOUT_LIFETIME_MS = 24 * 60 * MINUTE_MS;

/**
 * The session's expiry: the order's own expiry, kept inside Stripe's bounds as Stripe's clock
 * will see them. The lower bound gets one minute of margin for the request's travel time and is
 * rounded up to a whole minute, the upper bound is rounded down to a whole minute: a retry within
 * the same minute sends the same parameters, which Stripe requires for a reused idempotency key.
 * When the order expires in under 30 minutes the session outlives it (at most by 31 minutes):
 * a payment arriving after the order expired is the apply step's to handle.
 */
export function checkoutExpiresAt(orderExpiresAt: Date, now: Date): Date {
  const earliest = Math.ceil((now.getTime() + MIN_CHECKOUT_LIFETIME_MS + MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
  const latest = Math.floor((now.getTime() + MAX_CHECKOUT_LIFETIME_MS) / MINUTE_MS) * MINUTE_MS;
  const wanted = Math.floor(orderExpiresAt.getTime() / 1000) * 1000;
  return new Date(Math.max(earliest, Math.min(latest, wanted)));
}

/** One order, one Checkout Session: Stripe refuses a second session with different parameters under this key for 24 h. */
export const checkoutIdempotencyKey = (orderId: string): string => `mmso-checkout-${orderId}`;

/**
 * The Checkout Session we ask Stripe for (integrations.md): one line, our reference as
 * client_reference_id and metadata.orderId, and nothing about the buyer (policy S3).
 */
export function checkoutSessionParams(order: CheckoutOrder, now: Date): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: toStripeCurrency(order.currency),
          unit_amount: toStripeAmount(order.totalAmount, order.currency),
          product_data: { name: order.itemName },
        },
      },
    ],
    client_reference_id: order.reference,
    metadata: { orderId: order.reference },
    success_url: order.returnUrl,
    cancel_url: order.returnUrl,
    expires_at: Math.floor(checkoutExpiresAt(order.expiresAt, now).getTime() / 1000),
  };
}
