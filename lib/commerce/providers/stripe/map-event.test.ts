import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { mapStripeEvent } from "./map-event";
import { chargeRefundedEvent, disputeCreatedEvent } from "./sandbox-events";
import { eventEnvelope } from "./stripe-objects";
import { event, NOW_S } from "./test-events";

const map = (e: unknown) => mapStripeEvent(eventEnvelope.parse(JSON.parse(JSON.stringify(e))));

/** What a real Checkout Session carries about the buyer and the card: none of it may be stored. */
const PERSONAL = {
  customer_details: {
    address: { city: "Yangon", country: "MM", line1: "No. 12, Bogyoke Road", line2: null, postal_code: "11181", state: null },
    email: "aung.aung@example.com",
    name: "Aung Aung",
    phone: "+959420000001",
    tax_exempt: "none",
    tax_ids: [],
  },
  customer_email: "aung.aung@example.com",
  collected_information: { business_name: null, individual_name: "Aung Aung", shipping_details: { name: "Aung Aung", address: { line1: "No. 12, Bogyoke Road" } } },
  metadata: { orderId: "MMSO_2026_ABC123", phone: "+959420000001" },
};
const PERSONAL_VALUES = ["aung.aung@example.com", "Aung Aung", "+959420000001", "Bogyoke", "11181", "4242", "visa", "12/34"];

function withObject(e: Stripe.Event, extra: Record<string, unknown>) {
  return { ...e, data: { object: { ...e.data.object, ...extra } } };
}

describe("mapStripeEvent: checkout sessions", () => {
  it("maps a paid completed session to SUCCEEDED, dividing MMK by 100", () => {
    const message = map(event("checkout.session.completed"));
    expect(message).toEqual({
      kind: "payment",
      result: {
        provider: "STRIPE",
        eventId: "evt_1TestEventId000000000001",
        eventType: "checkout.session.completed",
        reference: "MMSO_2026_ABC123",
        outcome: "SUCCEEDED",
        transactionId: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w",
        amount: 15_000,
        currency: "MMK",
        method: "card",
        feeAmount: null,
        occurredAt: new Date((NOW_S - 5) * 1000),
        record: expect.any(Object),
      },
    });
  });

  it("keeps USD cents as they are", () => {
    const message = map(event("checkout.session.completed", { amount: 1999, currency: "USD" }));
    expect(message).toMatchObject({ kind: "payment", result: { amount: 1999, currency: "USD" } });
  });

  it("maps each session event type to its outcome; only payment_status paid succeeds", () => {
    const outcome = (e: Stripe.Event) => {
      const m = map(e);
      return m.kind === "payment" ? m.result.outcome : m.kind;
    };
    expect(outcome(event("checkout.session.completed", { state: "unpaid" }))).toBe("PENDING");
    expect(outcome(event("checkout.session.async_payment_succeeded", { state: "paid" }))).toBe("SUCCEEDED");
    expect(outcome(event("checkout.session.async_payment_succeeded", { state: "unpaid" }))).toBe("PENDING");
    expect(outcome(event("checkout.session.async_payment_failed", { state: "unpaid" }))).toBe("FAILED");
    expect(outcome(event("checkout.session.expired", { state: "expired", paymentIntentId: null }))).toBe("EXPIRED");
    expect(outcome(withObject(event("checkout.session.completed"), { payment_status: "no_payment_required" }) as Stripe.Event)).toBe("PENDING");
  });

  it("reads the reference from metadata.orderId when client_reference_id is missing", () => {
    const message = map(withObject(event("checkout.session.completed"), { client_reference_id: null }));
    expect(message).toMatchObject({ kind: "payment", result: { reference: "MMSO_2026_ABC123" } });
  });

  it("stores a session without our reference, or in another currency, as another event", () => {
    expect(map(withObject(event("checkout.session.completed"), { client_reference_id: null, metadata: {} }))).toMatchObject({ kind: "other", reference: null });
    expect(map(withObject(event("checkout.session.completed"), { currency: "eur" }))).toMatchObject({ kind: "other", reference: "MMSO_2026_ABC123" });
    expect(map(withObject(event("checkout.session.completed"), { amount_total: null }))).toMatchObject({ kind: "other" });
  });

  it("rounds a kyat amount that is not whole down, never up", () => {
    const message = map(withObject(event("checkout.session.completed"), { amount_total: 1_499_999 }));
    expect(message).toMatchObject({ result: { amount: 14_999 } });
  });

  it("stores no customer details, email, phone, name or address, even when the event has them", () => {
    const message = map(withObject(event("checkout.session.completed"), PERSONAL));
    expect(message.kind).toBe("payment");
    const record = message.kind === "payment" ? message.result.record : null;
    const text = JSON.stringify(record);
    for (const value of PERSONAL_VALUES) expect(text).not.toContain(value);
    expect(text).not.toContain("customer_details");
    expect(record).toMatchObject({
      id: "evt_1TestEventId000000000001",
      type: "checkout.session.completed",
      created: NOW_S - 5,
      data: { object: { id: "cs_test_a1B2c3D4e5F6g7H8", amount_total: 1_500_000, currency: "mmk", status: "complete", payment_status: "paid", created: NOW_S - 600, metadata: { orderId: "MMSO_2026_ABC123" } } },
    });
  });
});

describe("mapStripeEvent: charge.refunded", () => {
  const charge = {
    paymentIntentId: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w",
    amount: 15_000,
    currency: "MMK" as const,
    created: NOW_S - 3600,
    refunds: [
      { id: "re_newest", amount: 5_000, created: NOW_S - 10 },
      { id: "re_older", amount: 2_000, created: NOW_S - 900 },
    ],
  };

  it("announces the newest refund of the charge, in kyat", () => {
    const message = map(chargeRefundedEvent(charge, { id: "evt_refund_1", created: NOW_S }));
    expect(message).toEqual({
      kind: "refund",
      notice: {
        provider: "STRIPE",
        eventId: "evt_refund_1",
        eventType: "charge.refunded",
        transactionId: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w",
        providerRefundId: "re_newest",
        amount: 5_000,
        currency: "MMK",
        occurredAt: new Date(NOW_S * 1000),
        record: expect.any(Object),
      },
    });
  });

  it("picks the newest by created even when the list is in another order", () => {
    const reversed = { ...charge, refunds: [...charge.refunds].reverse() };
    expect(map(chargeRefundedEvent(reversed, { id: "evt_refund_2", created: NOW_S }))).toMatchObject({ notice: { providerRefundId: "re_newest" } });
  });

  it("stores the event only when the refunds list is absent (API versions since 2022-11-15) or the refund failed", () => {
    const e = chargeRefundedEvent(charge, { id: "evt_refund_3", created: NOW_S });
    expect(map(withObject(e, { refunds: undefined }))).toMatchObject({ kind: "other", eventType: "charge.refunded", reference: null });
    const failed = withObject(e, { refunds: { object: "list", has_more: false, data: [{ ...e.data.object.refunds!.data[0], status: "failed" }] } });
    expect(map(failed)).toMatchObject({ kind: "other" });
  });

  it("keeps no billing details, receipt email or card details", () => {
    const e = chargeRefundedEvent(charge, { id: "evt_refund_4", created: NOW_S });
    const personal = withObject(e, {
      billing_details: { address: { line1: "No. 12, Bogyoke Road", postal_code: "11181" }, email: "aung.aung@example.com", name: "Aung Aung", phone: "+959420000001", tax_id: null },
      receipt_email: "aung.aung@example.com",
      payment_method_details: { type: "card", card: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 34, fingerprint: "Xt5EWLLDS7FJjR1c" } },
    });
    const message = map(personal);
    expect(message.kind).toBe("refund");
    const text = JSON.stringify(message.kind === "refund" ? message.notice.record : null);
    for (const value of [...PERSONAL_VALUES, "Xt5EWLLDS7FJjR1c", "billing_details", "payment_method_details"]) expect(text).not.toContain(value);
    expect(text).toContain("re_newest");
  });
});

describe("mapStripeEvent: other events", () => {
  it("stores a dispute as another event, with its ids and amounts", () => {
    const message = map(disputeCreatedEvent({ paymentIntentId: "pi_disputed", amount: 15_000, currency: "MMK", created: NOW_S }, { id: "evt_dispute", created: NOW_S }));
    expect(message).toMatchObject({ kind: "other", provider: "STRIPE", eventId: "evt_dispute", eventType: "charge.dispute.created", reference: null });
    expect(message.kind === "other" ? message.record : null).toMatchObject({ data: { object: { object: "dispute", payment_intent: "pi_disputed", amount: 1_500_000 } } });
  });

  it("stores any other type with the object's id and kind only", () => {
    const message = map({ id: "evt_pi", object: "event", type: "payment_intent.succeeded", created: NOW_S, livemode: true, api_version: "2026-10-28.endive", data: { object: { id: "pi_1", object: "payment_intent", receipt_email: "aung.aung@example.com" } } });
    expect(message).toEqual({
      kind: "other",
      provider: "STRIPE",
      eventId: "evt_pi",
      eventType: "payment_intent.succeeded",
      reference: null,
      record: { id: "evt_pi", object: "event", type: "payment_intent.succeeded", api_version: "2026-10-28.endive", created: NOW_S, livemode: true, data: { object: { id: "pi_1", object: "payment_intent" } } },
    });
  });
});
