import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { chargeRefundedEvent, eventPayload, sessionEvent, signedDelivery, stripeId } from "./sandbox-events";
import { facts, NOW, NOW_S, SECRET } from "./test-events";
import { verifyStripeWebhook } from "./verify-callback";

describe("sandbox events", () => {
  it("have the envelope of a real Stripe event", () => {
    const event = sessionEvent("checkout.session.completed", facts(), { created: NOW_S });
    expect(Object.keys(event)).toEqual(["id", "object", "api_version", "created", "data", "livemode", "pending_webhooks", "request", "type"]);
    expect(event).toMatchObject({ object: "event", api_version: Stripe.API_VERSION, created: NOW_S, livemode: false, type: "checkout.session.completed" });
    expect(event.id).toMatch(/^evt_[A-Za-z0-9]{24}$/);
    expect(event.data.object).toMatchObject({
      object: "checkout.session",
      mode: "payment",
      status: "complete",
      payment_status: "paid",
      client_reference_id: "MMSO_2026_ABC123",
      metadata: { orderId: "MMSO_2026_ABC123" },
      amount_total: 1_500_000,
      currency: "mmk",
      payment_intent: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w",
      customer_details: null,
      livemode: false,
    });
  });

  it("render each session state as Stripe does", () => {
    const state = (s: "open" | "paid" | "unpaid" | "expired") => {
      const o = sessionEvent("checkout.session.completed", facts({ state: s }), { created: NOW_S }).data.object as Stripe.Checkout.Session;
      return [o.status, o.payment_status, o.url === null];
    };
    expect(state("open")).toEqual(["open", "unpaid", false]);
    expect(state("paid")).toEqual(["complete", "paid", true]);
    expect(state("unpaid")).toEqual(["complete", "unpaid", true]);
    expect(state("expired")).toEqual(["expired", "unpaid", true]);
  });

  it("list a charge's refunds newest first with amounts in Stripe's unit", () => {
    const event = chargeRefundedEvent(
      { paymentIntentId: "pi_abc", amount: 15_000, currency: "MMK", created: NOW_S, refunds: [{ id: "re_2", amount: 5_000, created: NOW_S }, { id: "re_1", amount: 10_000, created: NOW_S - 60 }] },
      { created: NOW_S },
    );
    const charge = event.data.object;
    expect(charge).toMatchObject({ id: "ch_abc", payment_intent: "pi_abc", amount: 1_500_000, amount_refunded: 1_500_000, refunded: true, billing_details: { email: null, name: null } });
    expect(charge.refunds?.data.map((r) => [r.id, r.amount, r.charge])).toEqual([["re_2", 500_000, "ch_abc"], ["re_1", 1_000_000, "ch_abc"]]);
  });

  it("are delivered signed, and verify with the same secret through the production verifier", () => {
    const payload = eventPayload(sessionEvent("checkout.session.expired", facts({ state: "expired", paymentIntentId: null }), { id: "evt_sandbox", created: NOW_S }));
    const delivery = signedDelivery(payload, SECRET, NOW_S);
    expect(delivery.body).toBe(payload);
    expect(delivery.headers["stripe-signature"]).toMatch(new RegExp(`^t=${NOW_S},v1=[0-9a-f]{64}$`));
    expect(verifyStripeWebhook(delivery.body, delivery.headers["stripe-signature"]!, SECRET, NOW)).toMatchObject({ kind: "payment", result: { eventId: "evt_sandbox", outcome: "EXPIRED" } });
    expect(() => verifyStripeWebhook(delivery.body, delivery.headers["stripe-signature"]!, "whsec_other", NOW)).toThrow();
  });

  it("makes Stripe-looking ids", () => {
    expect(stripeId("cs_test_", 58)).toMatch(/^cs_test_[A-Za-z0-9]{58}$/);
    expect(stripeId("pi_")).not.toBe(stripeId("pi_"));
  });
});
