import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import {
  assertSandboxAvailable,
  findSandboxPayment,
  findSandboxPaymentByReference,
  openSandboxPayment,
  refundSandboxPayment,
  sandboxPageUrl,
} from "../../sandbox/sandbox-payments";
import type { Checkout, CheckoutOrder, PaymentProviderAdapter, PaymentResult, ProviderRefund } from "../types";
import { sessionQueryResult } from "./query-result";
import { deliverStripeEvent } from "./sandbox-delivery";
import { chargeRefundedEvent, checkoutSessionObject, stripeId } from "./sandbox-events";
import { STRIPE_CURRENCIES } from "./stripe-amounts";
import { newSandboxRequest, readSandboxRequest, sessionFacts } from "./sandbox-record";

/**
 * Stripe in demo mode: no request leaves the machine. A checkout is a SandboxPayment shown on our
 * sandbox page (/sandbox/stripe/cs_test_…), a status query reads that record, and a refund is
 * recorded there and then announced to our webhook with a signed `charge.refunded`, as Stripe does.
 */
export function sandboxStripeProvider(clock: () => Date = () => new Date()): PaymentProviderAdapter {
  return {
    name: "STRIPE",
    currencies: STRIPE_CURRENCIES,

    async createCheckout(order: CheckoutOrder): Promise<Checkout> {
      if (!STRIPE_CURRENCIES.includes(order.currency)) throw new AppError("provider_not_available");
      const checkoutId = stripeId("cs_test_", 58);
      await openSandboxPayment({
        provider: "STRIPE",
        merchantReference: order.reference,
        checkoutId,
        amount: order.totalAmount,
        currency: order.currency,
        request: newSandboxRequest(order, clock()),
      });
      return { providerCheckoutId: checkoutId, url: sandboxPageUrl("STRIPE", checkoutId), qr: null };
    },

    async queryPayment(reference: string, providerCheckoutId: string | null): Promise<PaymentResult | null> {
      const payment = providerCheckoutId ? await findSandboxPayment("STRIPE", providerCheckoutId) : await findSandboxPaymentByReference("STRIPE", reference);
      if (!payment) return null;
      const session = checkoutSessionObject(sessionFacts(payment, readSandboxRequest(payment)));
      // A declined delayed payment leaves its intent waiting for another payment method.
      const intentStatus = payment.status === "FAILED" ? "requires_payment_method" : null;
      return sessionQueryResult(session, reference, intentStatus, clock());
    },

    async refund(input): Promise<ProviderRefund> {
      assertSandboxAvailable();
      const found = await db.sandboxPayment.findUnique({ where: { provider_transactionId: { provider: "STRIPE", transactionId: input.transactionId } } });
      if (!found || found.currency !== input.currency) throw new AppError("not_found");
      const before = readSandboxRequest(found);
      // Stripe answers a repeated idempotency key with the refund it already made.
      const repeated = before.refunds.find((r) => r.idempotencyKey === input.idempotencyKey);
      if (repeated) return { providerRefundId: repeated.id, status: "SUCCEEDED" };
      const payment = await refundSandboxPayment(found.id, input.amount);
      const now = Math.floor(clock().getTime() / 1000);
      const refund = { id: stripeId("re_"), amount: input.amount, created: now, idempotencyKey: input.idempotencyKey };
      const request = { ...before, refunds: [refund, ...before.refunds] };
      const event = chargeRefundedEvent(
        { paymentIntentId: input.transactionId, amount: payment.amount, currency: payment.currency, created: Math.floor(payment.createdAt.getTime() / 1000), refunds: request.refunds },
        { created: now },
      );
      // The refund stands whatever the webhook answers; a failed delivery can be sent again from the page.
      await deliverStripeEvent(payment, request, event);
      return { providerRefundId: refund.id, status: "SUCCEEDED" };
    },
  };
}
