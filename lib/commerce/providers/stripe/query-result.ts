import type { PaymentOutcome, PaymentResult } from "../types";
import { paymentResultFromSession } from "./map-event";
import { checkoutSession } from "./stripe-objects";

/**
 * A Checkout Session's state as a status query sees it. "paid" is the only success; a completed
 * but unpaid session is a delayed payment still running, unless its payment intent has already
 * failed (it then waits for another payment method) or was cancelled.
 */
export function queryOutcome(session: { status?: string | null; payment_status?: string | null }, paymentIntentStatus: string | null): PaymentOutcome {
  if (session.payment_status === "paid") return "SUCCEEDED";
  if (session.status === "expired") return "EXPIRED";
  if (session.status === "complete" && (paymentIntentStatus === "requires_payment_method" || paymentIntentStatus === "canceled")) return "FAILED";
  return "PENDING";
}

/**
 * What Stripe's session says about the payment, as a PaymentResult. The event id names the state
 * seen (`cs_…:complete:paid`), so asking again about an unchanged session is a duplicate.
 * Null when the session is not this order's (another reference) or not one MMSO can read.
 */
export function sessionQueryResult(rawSession: unknown, reference: string, paymentIntentStatus: string | null, now: Date): PaymentResult | null {
  const parsed = checkoutSession.safeParse(rawSession);
  if (!parsed.success) return null;
  const session = parsed.data;
  const result = paymentResultFromSession(session, {
    outcome: queryOutcome(session, paymentIntentStatus),
    eventId: `${session.id}:${session.status ?? "-"}:${session.payment_status ?? "-"}`,
    eventType: "checkout.session.retrieved",
    occurredAt: now,
    record: JSON.parse(JSON.stringify({ object: session, retrievedAt: now.toISOString() })) as PaymentResult["record"],
  });
  return result && result.reference === reference ? result : null;
}
