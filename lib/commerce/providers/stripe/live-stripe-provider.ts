import "server-only";
import Stripe from "stripe";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import type { Checkout, CheckoutOrder, PaymentProviderAdapter, PaymentResult, ProviderRefund } from "../types";
import { checkoutIdempotencyKey, checkoutSessionParams } from "./checkout-params";
import { sessionQueryResult } from "./query-result";
import { STRIPE_CURRENCIES, toStripeAmount } from "./stripe-amounts";

/**
 * Stripe in production mode, through the official SDK: a hosted Checkout Session per order, the
 * session for status queries, and the refunds API. Every POST carries an idempotency key.
 */
export function liveStripeProvider(stripe: Stripe, clock: () => Date = () => new Date()): PaymentProviderAdapter {
  return {
    name: "STRIPE",
    currencies: STRIPE_CURRENCIES,

    async createCheckout(order: CheckoutOrder): Promise<Checkout> {
      if (!STRIPE_CURRENCIES.includes(order.currency)) throw new AppError("provider_not_available");
      const session = await call("createCheckout", () =>
        stripe.checkout.sessions.create(checkoutSessionParams(order, clock()), { idempotencyKey: checkoutIdempotencyKey(order.id) }),
      );
      if (!session.url) throw new AppError("provider_error", { message: "Stripe returned no checkout URL" });
      return { providerCheckoutId: session.id, url: session.url, qr: null };
    },

    async queryPayment(reference: string, providerCheckoutId: string | null): Promise<PaymentResult | null> {
      // Stripe cannot look a session up by client_reference_id: without its id there is nothing to ask.
      if (!providerCheckoutId) return null;
      const session = await call("queryPayment", () => stripe.checkout.sessions.retrieve(providerCheckoutId, { expand: ["payment_intent"] }), { missingIsNull: true });
      if (!session) return null;
      const intent = session.payment_intent;
      const intentStatus = intent && typeof intent === "object" ? intent.status : null;
      return sessionQueryResult(session, reference, intentStatus, clock());
    },

    async refund(input): Promise<ProviderRefund> {
      const refund = await call("refund", () =>
        stripe.refunds.create({ payment_intent: input.transactionId, amount: toStripeAmount(input.amount, input.currency) }, { idempotencyKey: input.idempotencyKey }),
      );
      return { providerRefundId: refund.id, status: refundStatus(refund.status) };
    },
  };
}

function refundStatus(status: string | null): ProviderRefund["status"] {
  if (status === "succeeded") return "SUCCEEDED";
  if (status === "failed" || status === "canceled") return "FAILED";
  return "PENDING";
}

async function call<T>(operation: string, fn: () => Promise<T>, options: { missingIsNull: true }): Promise<T | null>;
async function call<T>(operation: string, fn: () => Promise<T>): Promise<T>;
/**
 * Stripe's failures become `provider_error` (502). Logged by kind, code and Stripe's request id
 * only: Stripe's messages can quote the parameters sent.
 */
async function call<T>(operation: string, fn: () => Promise<T>, options?: { missingIsNull: true }): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    if (options?.missingIsNull && error.code === "resource_missing") return null;
    log.warn("stripe.api_error", { operation, type: error.type, errorCode: error.code, statusCode: error.statusCode, stripeRequestId: error.requestId });
    throw new AppError("provider_error", { cause: error });
  }
}
