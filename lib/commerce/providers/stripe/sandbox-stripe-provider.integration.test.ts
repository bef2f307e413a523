import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { CheckoutOrder, PaymentProviderAdapter, VerifiedMessage } from "../types";
import { cancelUrlOfStripeSandboxCheckout, findStripeSandboxCheckout, resendStripeSandboxEvent, settleStripeSandboxCheckout } from "./sandbox-gateway";
import { stripeProvider } from "./stripe-provider";
import { verifyStripeWebhook } from "./verify-callback";

/*
 * The Stripe sandbox against the real database, delivering over real HTTP to a local stand-in for
 * our webhook (APP_URL points at it), whose received requests are checked with the production
 * verifier.
 */

type Received = { path: string; signature: string | null; body: string };
let server: Server;
let received: Received[] = [];
let stripe: PaymentProviderAdapter;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", signature: (req.headers["stripe-signature"] as string | undefined) ?? null, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Read once per test file: set before anything in this file asks for the environment.
  process.env.APP_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stripe = stripeProvider();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
});

let counter = 0;
function order(overrides: Partial<CheckoutOrder> = {}): CheckoutOrder {
  counter += 1;
  return {
    id: `0192f7a0-0000-7000-8000-${String(counter).padStart(12, "0")}`,
    reference: `MMSO_SBX_${Date.now().toString(36).toUpperCase()}_${counter}`,
    totalAmount: 15_000,
    currency: "MMK",
    itemName: "Python အခြေခံ",
    customerName: "Aung Aung",
    expiresAt: new Date(Date.now() + 30 * 60_000),
    returnUrl: `${env().APP_URL}/checkout/orders/${counter}`,
    ...overrides,
  };
}

/** What our webhook would make of a delivery the sandbox sent. */
function verified(delivery: Received): VerifiedMessage {
  expect(delivery.path).toBe("/api/webhooks/stripe");
  return verifyStripeWebhook(delivery.body, delivery.signature, env().STRIPE_WEBHOOK_SECRET);
}

async function paidCheckout(o = order()) {
  const checkout = await stripe.createCheckout(o);
  await settleStripeSandboxCheckout(checkout.providerCheckoutId, "pay");
  const row = await db.sandboxPayment.findUniqueOrThrow({ where: { provider_checkoutId: { provider: "STRIPE", checkoutId: checkout.providerCheckoutId } } });
  received = [];
  return { order: o, checkout, paymentIntentId: row.transactionId! };
}

describe("Stripe sandbox adapter", () => {
  it("creates a SandboxPayment and returns the sandbox page's URL, keeping nothing about the buyer", async () => {
    const o = order({ currency: "USD", totalAmount: 1999 });
    const checkout = await stripe.createCheckout(o);
    expect(checkout.providerCheckoutId).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(checkout).toEqual({ providerCheckoutId: checkout.providerCheckoutId, url: `${env().APP_URL}/sandbox/stripe/${checkout.providerCheckoutId}`, qr: null });
    const row = await db.sandboxPayment.findUniqueOrThrow({ where: { provider_checkoutId: { provider: "STRIPE", checkoutId: checkout.providerCheckoutId } } });
    expect(row).toMatchObject({ merchantReference: o.reference, amount: 1999, currency: "USD", status: "PENDING", callbackUrl: `${env().APP_URL}/api/webhooks/stripe`, transactionId: null });
    expect(row.request).toMatchObject({ session: { mode: "payment", client_reference_id: o.reference, metadata: { orderId: o.reference }, line_items: [{ price_data: { currency: "usd", unit_amount: 1999 } }] } });
    expect(JSON.stringify(row.request)).not.toContain("Aung");
    expect(received).toHaveLength(0);
    expect(await stripe.queryPayment(o.reference, checkout.providerCheckoutId)).toMatchObject({ outcome: "PENDING", amount: 1999, currency: "USD", transactionId: null });
  });

  it("pays once from the page: a signed checkout.session.completed reaches the webhook over HTTP", async () => {
    const o = order();
    const checkout = await stripe.createCheckout(o);
    const delivery = await settleStripeSandboxCheckout(checkout.providerCheckoutId, "pay");
    expect(delivery).toEqual({ status: 200, body: '{"received":true}' });
    expect(received).toHaveLength(1);
    const message = verified(received[0]!);
    expect(message).toMatchObject({ kind: "payment", result: { eventType: "checkout.session.completed", reference: o.reference, outcome: "SUCCEEDED", amount: 15_000, currency: "MMK" } });
    const transactionId = message.kind === "payment" ? message.result.transactionId : null;
    expect(transactionId).toMatch(/^pi_/);
    expect(await stripe.queryPayment(o.reference, null)).toMatchObject({ outcome: "SUCCEEDED", transactionId, eventType: "checkout.session.retrieved" });
    expect(await findStripeSandboxCheckout(checkout.providerCheckoutId)).toMatchObject({ status: "PAID", callbackAttempts: 1, lastCallbackStatus: 200, lastEventType: "checkout.session.completed", itemName: "Python အခြေခံ", returnUrl: o.returnUrl });

    await expect(settleStripeSandboxCheckout(checkout.providerCheckoutId, "decline")).rejects.toMatchObject({ code: "conflict" });
    expect(received).toHaveLength(1);
  });

  it("sends the last event again byte for byte, freshly signed", async () => {
    const checkout = await stripe.createCheckout(order());
    await expect(resendStripeSandboxEvent(checkout.providerCheckoutId)).rejects.toMatchObject({ code: "conflict" });
    await settleStripeSandboxCheckout(checkout.providerCheckoutId, "pay");
    await resendStripeSandboxEvent(checkout.providerCheckoutId);
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toBe(received[0]!.body);
    expect(verified(received[1]!)).toEqual(verified(received[0]!));
    expect(await findStripeSandboxCheckout(checkout.providerCheckoutId)).toMatchObject({ callbackAttempts: 2 });
  });

  it("declines as a failed delayed payment, and expires", async () => {
    const declined = order();
    const a = await stripe.createCheckout(declined);
    await settleStripeSandboxCheckout(a.providerCheckoutId, "decline");
    expect(verified(received[0]!)).toMatchObject({ kind: "payment", result: { eventType: "checkout.session.async_payment_failed", outcome: "FAILED", reference: declined.reference } });
    expect(await stripe.queryPayment(declined.reference, a.providerCheckoutId)).toMatchObject({ outcome: "FAILED" });

    const expired = order();
    const b = await stripe.createCheckout(expired);
    await settleStripeSandboxCheckout(b.providerCheckoutId, "expire");
    expect(verified(received[1]!)).toMatchObject({ kind: "payment", result: { eventType: "checkout.session.expired", outcome: "EXPIRED", transactionId: null } });
    expect(await stripe.queryPayment(expired.reference, b.providerCheckoutId)).toMatchObject({ outcome: "EXPIRED" });
  });

  it("cancels without an event: back to cancel_url, the session still open", async () => {
    const o = order();
    const checkout = await stripe.createCheckout(o);
    expect(await cancelUrlOfStripeSandboxCheckout(checkout.providerCheckoutId)).toBe(o.returnUrl);
    expect(received).toHaveLength(0);
    expect(await stripe.queryPayment(o.reference, checkout.providerCheckoutId)).toMatchObject({ outcome: "PENDING" });
  });

  it("answers null for a reference it never saw, or another order's checkout", async () => {
    const checkout = await stripe.createCheckout(order());
    expect(await stripe.queryPayment("MMSO_NEVER_SEEN", null)).toBeNull();
    expect(await stripe.queryPayment("MMSO_NEVER_SEEN", checkout.providerCheckoutId)).toBeNull();
    expect(await stripe.queryPayment("MMSO_NEVER_SEEN", "cs_test_missing")).toBeNull();
  });
});

describe("Stripe sandbox refunds", () => {
  it("records the refund and then announces it with a signed charge.refunded, as Stripe does", async () => {
    const { paymentIntentId } = await paidCheckout();
    const refund = await stripe.refund!({ transactionId: paymentIntentId, amount: 5_000, currency: "MMK", idempotencyKey: "refund-1" });
    expect(refund).toEqual({ providerRefundId: expect.stringMatching(/^re_/), status: "SUCCEEDED" });
    expect(await db.sandboxPayment.findUniqueOrThrow({ where: { provider_transactionId: { provider: "STRIPE", transactionId: paymentIntentId } } })).toMatchObject({ refundedAmount: 5_000, status: "PAID" });
    expect(received).toHaveLength(1);
    expect(verified(received[0]!)).toMatchObject({
      kind: "refund",
      notice: { provider: "STRIPE", eventType: "charge.refunded", transactionId: paymentIntentId, providerRefundId: refund.providerRefundId, amount: 5_000, currency: "MMK" },
    });
  });

  it("answers a repeated idempotency key with the same refund, refunding once", async () => {
    const { paymentIntentId } = await paidCheckout();
    const first = await stripe.refund!({ transactionId: paymentIntentId, amount: 5_000, currency: "MMK", idempotencyKey: "refund-same" });
    const again = await stripe.refund!({ transactionId: paymentIntentId, amount: 5_000, currency: "MMK", idempotencyKey: "refund-same" });
    expect(again).toEqual(first);
    expect(received).toHaveLength(1);
    expect((await db.sandboxPayment.findUniqueOrThrow({ where: { provider_transactionId: { provider: "STRIPE", transactionId: paymentIntentId } } })).refundedAmount).toBe(5_000);
  });

  it("announces each further refund as the newest, and refuses refunding more than was paid", async () => {
    const { paymentIntentId } = await paidCheckout();
    await stripe.refund!({ transactionId: paymentIntentId, amount: 5_000, currency: "MMK", idempotencyKey: "part-1" });
    const second = await stripe.refund!({ transactionId: paymentIntentId, amount: 10_000, currency: "MMK", idempotencyKey: "part-2" });
    const notice = verified(received[1]!);
    expect(notice).toMatchObject({ kind: "refund", notice: { providerRefundId: second.providerRefundId, amount: 10_000 } });
    expect(await db.sandboxPayment.findUniqueOrThrow({ where: { provider_transactionId: { provider: "STRIPE", transactionId: paymentIntentId } } })).toMatchObject({ refundedAmount: 15_000, status: "REFUNDED" });
    await expect(stripe.refund!({ transactionId: paymentIntentId, amount: 1, currency: "MMK", idempotencyKey: "part-3" })).rejects.toMatchObject({ code: "conflict" });
    await expect(stripe.refund!({ transactionId: "pi_unknown", amount: 1, currency: "MMK", idempotencyKey: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect(received).toHaveLength(2);
  });
});
