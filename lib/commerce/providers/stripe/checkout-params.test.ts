import { describe, expect, it } from "vitest";
import type { CheckoutOrder } from "../types";
import { checkoutExpiresAt, checkoutIdempotencyKey, checkoutSessionParams } from "./checkout-params";
import { fromStripeAmount, toStripeAmount } from "./stripe-amounts";

const now = new Date("2026-11-20T08:00:20.000Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
const order: CheckoutOrder = {
  id: "0192f7a0-0000-7000-8000-000000000001",
  reference: "MMSO_2026_ABC123",
  totalAmount: 15_000,
  currency: "MMK",
  itemName: "Python အခြေခံ",
  customerName: "Aung Aung",
  expiresAt: minutes(60),
  returnUrl: "http://localhost:3000/checkout/orders/0192f7a0",
};

describe("Stripe amounts", () => {
  it("multiplies kyat by 100 (MMK is not zero-decimal at Stripe) and leaves USD cents alone", () => {
    expect(toStripeAmount(15_000, "MMK")).toBe(1_500_000);
    expect(fromStripeAmount(1_500_000, "MMK")).toBe(15_000);
    expect(toStripeAmount(1999, "USD")).toBe(1999);
    expect(fromStripeAmount(1999, "USD")).toBe(1999);
  });
});

describe("checkoutExpiresAt", () => {
  it("is the order's expiry when Stripe allows it", () => {
    expect(checkoutExpiresAt(minutes(60), now)).toEqual(new Date("2026-11-20T09:00:20.000Z"));
  });

  it("is at least 30 minutes away (plus a minute's margin, on a whole minute)", () => {
    const at = checkoutExpiresAt(minutes(10), now);
    expect(at).toEqual(new Date("2026-11-20T08:32:00.000Z"));
    expect(at.getTime() - now.getTime()).toBeGreaterThanOrEqual(31 * 60_000);
    expect(checkoutExpiresAt(minutes(-60), now)).toEqual(at);
  });

  it("is at most 24 hours away (on a whole minute)", () => {
    const at = checkoutExpiresAt(minutes(3 * 24 * 60), now);
    expect(at).toEqual(new Date("2026-11-21T08:00:00.000Z"));
    expect(at.getTime() - now.getTime()).toBeLessThanOrEqual(24 * 60 * 60_000);
  });

  it("gives the same answer for a retry within the same minute", () => {
    const later = new Date(now.getTime() + 30_000);
    expect(checkoutExpiresAt(minutes(5), later)).toEqual(checkoutExpiresAt(minutes(5), now));
  });
});

describe("checkoutSessionParams", () => {
  it("asks for one payment line with our reference, and nothing about the buyer", () => {
    const params = checkoutSessionParams(order, now);
    expect(params).toEqual({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "mmk", unit_amount: 1_500_000, product_data: { name: "Python အခြေခံ" } } }],
      client_reference_id: "MMSO_2026_ABC123",
      metadata: { orderId: "MMSO_2026_ABC123" },
      success_url: order.returnUrl,
      cancel_url: order.returnUrl,
      expires_at: Math.floor(new Date("2026-11-20T09:00:20.000Z").getTime() / 1000),
    });
    expect(JSON.stringify(params)).not.toContain("Aung");
  });

  it("sends USD in cents", () => {
    const params = checkoutSessionParams({ ...order, currency: "USD", totalAmount: 1999 }, now);
    expect(params.line_items?.[0]?.price_data).toMatchObject({ currency: "usd", unit_amount: 1999 });
  });

  it("derives the idempotency key from the order id only", () => {
    expect(checkoutIdempotencyKey(order.id)).toBe(`mmso-checkout-${order.id}`);
  });
});
