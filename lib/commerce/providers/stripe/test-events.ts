import type Stripe from "stripe";
import { sessionEvent, type SessionEventType, type SessionFacts } from "./sandbox-events";

/** Shared fixtures of the Stripe tests: a session as MMSO creates it, at a fixed time. */
export const NOW = new Date("2026-11-20T08:00:00.000Z");
export const NOW_S = Math.floor(NOW.getTime() / 1000);
export const SECRET = "whsec_test_unit_secret_0123456789";

export function facts(overrides: Partial<SessionFacts> = {}): SessionFacts {
  return {
    checkoutId: "cs_test_a1B2c3D4e5F6g7H8",
    reference: "MMSO_2026_ABC123",
    amount: 15_000,
    currency: "MMK",
    paymentIntentId: "pi_3Pq0aB2eZvKYlo2C1x2y3z4w",
    created: NOW_S - 600,
    expiresAt: NOW_S + 1800,
    returnUrl: "http://localhost:3000/checkout/orders/0192",
    state: "paid",
    ...overrides,
  };
}

export function event(type: SessionEventType, overrides: Partial<SessionFacts> = {}, id = "evt_1TestEventId000000000001"): Stripe.Event {
  return sessionEvent(type, facts(overrides), { id, created: NOW_S - 5 });
}
