import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/http/errors";
import type { CheckoutOrder } from "../types";
import { liveStripeProvider } from "./live-stripe-provider";
import { checkoutSessionObject } from "./sandbox-events";
import { facts, NOW, NOW_S } from "./test-events";

/*
 * The live adapter against a local stand-in for api.stripe.com: what the official SDK actually
 * sends (form encoding, Idempotency-Key) and how Stripe's answers are read.
 */

type Seen = { method: string; path: string; headers: IncomingMessage["headers"]; form: URLSearchParams };
type Reply = { status: number; body: unknown };

let server: Server;
let port: number;
let seen: Seen[] = [];
let replies: Record<string, Reply> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, form: new URLSearchParams(url.search ? url.search.slice(1) : body) });
      const reply = replies[`${req.method} ${url.pathname}`] ?? { status: 404, body: { error: { type: "invalid_request_error", code: "resource_missing", message: "No such thing" } } };
      res.writeHead(reply.status, { "content-type": "application/json", "request-id": "req_test123" });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  replies = {};
});

const provider = () =>
  liveStripeProvider(new Stripe("sk_test_local_fake_key", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0, telemetry: false }), () => NOW);

const order: CheckoutOrder = {
  id: "0192f7a0-0000-7000-8000-000000000001",
  reference: "MMSO_2026_ABC123",
  totalAmount: 15_000,
  currency: "MMK",
  itemName: "Python အခြေခံ",
  customerName: "Aung Aung",
  expiresAt: new Date(NOW.getTime() + 60 * 60_000),
  returnUrl: "https://mmso.example/checkout/orders/0192f7a0",
};

describe("live Stripe adapter", () => {
  it("creates a Checkout Session with the documented parameters and an idempotency key from the order id", async () => {
    const session = checkoutSessionObject(facts({ state: "open", paymentIntentId: null, checkoutId: "cs_live_abc" }));
    replies["POST /v1/checkout/sessions"] = { status: 200, body: session };
    const checkout = await provider().createCheckout(order);
    expect(checkout).toEqual({ providerCheckoutId: "cs_live_abc", url: "https://checkout.stripe.com/c/pay/cs_live_abc", qr: null });

    const request = seen[0]!;
    expect(request.headers["idempotency-key"]).toBe(`mmso-checkout-${order.id}`);
    expect(request.headers.authorization).toBe("Bearer sk_test_local_fake_key");
    expect(Object.fromEntries(request.form)).toEqual({
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "mmk",
      "line_items[0][price_data][unit_amount]": "1500000",
      "line_items[0][price_data][product_data][name]": "Python အခြေခံ",
      client_reference_id: "MMSO_2026_ABC123",
      "metadata[orderId]": "MMSO_2026_ABC123",
      success_url: order.returnUrl,
      cancel_url: order.returnUrl,
      expires_at: String(NOW_S + 3600),
    });
    // Policy S3: nothing about the buyer goes to Stripe.
    expect([...request.form.values()].join(" ")).not.toContain("Aung");
  });

  it("turns Stripe's errors into provider_error", async () => {
    replies["POST /v1/checkout/sessions"] = { status: 400, body: { error: { type: "invalid_request_error", code: "parameter_invalid_integer", message: "Invalid integer: sk_..." } } };
    const logged: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    const failure = await provider().createCheckout(order).catch((e: unknown) => e);
    spy.mockRestore();
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "provider_error" });
    // Logged by kind and code, never Stripe's message (it can quote what was sent) nor the key.
    expect(logged.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([expect.objectContaining({ event: "stripe.api_error", errorCode: "parameter_invalid_integer", stripeRequestId: "req_test123" })]);
    expect(logged.join("")).not.toMatch(/sk_|Invalid integer/);
  });

  it("refuses a currency it does not sell in", async () => {
    await expect(provider().createCheckout({ ...order, currency: "EUR" as "MMK" })).rejects.toMatchObject({ code: "provider_not_available" });
    expect(seen).toHaveLength(0);
  });

  it("reads the session for a status query, with its payment intent expanded", async () => {
    const paid = checkoutSessionObject(facts({ checkoutId: "cs_live_paid" }));
    replies["GET /v1/checkout/sessions/cs_live_paid"] = { status: 200, body: { ...paid, payment_intent: { id: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w", object: "payment_intent", status: "succeeded" } } };
    const result = await provider().queryPayment("MMSO_2026_ABC123", "cs_live_paid");
    expect(Object.fromEntries(seen[0]!.form)).toEqual({ "expand[0]": "payment_intent" });
    expect(result).toMatchObject({
      provider: "STRIPE",
      eventId: "cs_live_paid:complete:paid",
      eventType: "checkout.session.retrieved",
      reference: "MMSO_2026_ABC123",
      outcome: "SUCCEEDED",
      transactionId: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w",
      amount: 15_000,
      currency: "MMK",
    });
  });

  it("sees a failed delayed payment through its payment intent, and answers null for unknown or foreign sessions", async () => {
    const unpaid = checkoutSessionObject(facts({ checkoutId: "cs_live_failed", state: "unpaid" }));
    replies["GET /v1/checkout/sessions/cs_live_failed"] = { status: 200, body: { ...unpaid, payment_intent: { id: "pi_x", object: "payment_intent", status: "requires_payment_method" } } };
    expect(await provider().queryPayment("MMSO_2026_ABC123", "cs_live_failed")).toMatchObject({ outcome: "FAILED" });
    expect(await provider().queryPayment("ANOTHER_ORDER", "cs_live_failed")).toBeNull();
    expect(await provider().queryPayment("MMSO_2026_ABC123", "cs_live_missing")).toBeNull();
    expect(await provider().queryPayment("MMSO_2026_ABC123", null)).toBeNull();
  });

  it("refunds through the refunds API in Stripe's unit, with the caller's idempotency key", async () => {
    replies["POST /v1/refunds"] = { status: 200, body: { id: "re_live_1", object: "refund", amount: 500_000, currency: "mmk", status: "succeeded", payment_intent: "pi_x" } };
    const refund = await provider().refund!({ transactionId: "pi_x", amount: 5_000, currency: "MMK", idempotencyKey: "refund-0192-1" });
    expect(refund).toEqual({ providerRefundId: "re_live_1", status: "SUCCEEDED" });
    expect(seen[0]!.headers["idempotency-key"]).toBe("refund-0192-1");
    expect(Object.fromEntries(seen[0]!.form)).toEqual({ payment_intent: "pi_x", amount: "500000" });

    replies["POST /v1/refunds"] = { status: 200, body: { id: "re_live_2", object: "refund", amount: 1999, currency: "usd", status: "pending", payment_intent: "pi_y" } };
    expect(await provider().refund!({ transactionId: "pi_y", amount: 1999, currency: "USD", idempotencyKey: "k2" })).toEqual({ providerRefundId: "re_live_2", status: "PENDING" });
    expect(seen[1]!.form.get("amount")).toBe("1999");
  });
});
