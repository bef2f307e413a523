import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentOutcome, PaymentResult, RefundNotice, VerifiedMessage } from "../types";
import { fromStripeAmount, fromStripeCurrency } from "./stripe-amounts";
import { anyObject, charge, checkoutSession, dispute, type ChargeRecord, type CheckoutSessionRecord, type EventEnvelope, type RefundRecord } from "./stripe-objects";

const SESSION_EVENTS: Record<string, (session: CheckoutSessionRecord) => PaymentOutcome> = {
  // Fulfil only on payment_status "paid" (integrations.md): a completed session of a delayed
  // method is unpaid until async_payment_succeeded, and even that is believed only when paid.
  "checkout.session.completed": (s) => (s.payment_status === "paid" ? "SUCCEEDED" : "PENDING"),
  "checkout.session.async_payment_succeeded": (s) => (s.payment_status === "paid" ? "SUCCEEDED" : "PENDING"),
  "checkout.session.async_payment_failed": () => "FAILED",
  "checkout.session.expired": () => "EXPIRED",
};

/**
 * A verified Stripe event → what MMSO acts on. Pure. Session events become payment results,
 * `charge.refunded` a refund notice, everything else (disputes included) is stored only.
 * Anything MMSO cannot act on safely (no reference, a currency we do not sell in, no amount) is
 * downgraded to "other" rather than refused: Stripe would retry a refused event for days.
 */
export function mapStripeEvent(event: EventEnvelope): VerifiedMessage {
  const outcomeOf = SESSION_EVENTS[event.type];
  if (outcomeOf) {
    const session = checkoutSession.safeParse(event.data.object);
    if (session.success) {
      const record = eventRecord(event, session.data);
      const result = paymentResultFromSession(session.data, {
        outcome: outcomeOf(session.data),
        eventId: event.id,
        eventType: event.type,
        occurredAt: new Date(event.created * 1000),
        record,
      });
      return result ? { kind: "payment", result } : other(event, sessionReference(session.data), record);
    }
  }
  if (event.type === "charge.refunded") {
    const parsed = charge.safeParse(event.data.object);
    if (parsed.success) {
      const record = eventRecord(event, parsed.data);
      const notice = refundNoticeFromCharge(parsed.data, event, record);
      return notice ? { kind: "refund", notice } : other(event, null, record);
    }
  }
  if (event.type.startsWith("charge.dispute.")) {
    const parsed = dispute.safeParse(event.data.object);
    if (parsed.success) return other(event, null, eventRecord(event, parsed.data));
  }
  return other(event, null, eventRecord(event, anyObject.safeParse(pick(event.data.object, ["id", "object"])).data ?? {}));
}

/** Our Order.reference as Stripe echoes it: client_reference_id, else metadata.orderId. */
export function sessionReference(session: CheckoutSessionRecord): string | null {
  return session.client_reference_id || session.metadata?.orderId || null;
}

/** A session (from an event or a status query) as a payment result; null when it is not one of ours. */
export function paymentResultFromSession(
  session: CheckoutSessionRecord,
  meta: { outcome: PaymentOutcome; eventId: string; eventType: string; occurredAt: Date; record: Prisma.InputJsonValue },
): PaymentResult | null {
  const reference = sessionReference(session);
  const currency = fromStripeCurrency(session.currency);
  if (!reference || !currency || session.amount_total == null) return null;
  return {
    provider: "STRIPE",
    eventId: meta.eventId,
    eventType: meta.eventType,
    reference,
    outcome: meta.outcome,
    transactionId: session.payment_intent,
    amount: fromStripeAmount(session.amount_total, currency),
    currency,
    method: session.payment_method_types?.[0] ?? null,
    // A session does not state Stripe's fee (it is on the balance transaction).
    feeAmount: null,
    occurredAt: meta.occurredAt,
    record: meta.record,
  };
}

/**
 * `charge.refunded` → one notice for the newest refund in `charge.refunds.data`. Stripe sends one
 * charge.refunded per refund with the charge as it was then, so the newest refund is the one this
 * event announces; earlier ones had their own events (and a re-delivery repeats the same refund
 * id, which the apply step dedupes). Refunds that failed or were cancelled announce nothing.
 * Without the list (endpoints on API versions since 2022-11-15 do not expand it) the refund cannot
 * be named, so the event is only stored: a notice keyed on anything but the refund id could count
 * a refund made through MMSO's own refunds call twice.
 */
function refundNoticeFromCharge(c: ChargeRecord, event: EventEnvelope, record: Prisma.InputJsonValue): RefundNotice | null {
  const newest = newestRefund(c.refunds?.data ?? []);
  const currency = fromStripeCurrency(newest?.currency ?? c.currency);
  const transactionId = c.payment_intent ?? newest?.payment_intent ?? null;
  if (!newest || !currency || !transactionId) return null;
  if (newest.status !== "succeeded" && newest.status !== "pending") return null;
  return {
    provider: "STRIPE",
    eventId: event.id,
    eventType: event.type,
    transactionId,
    providerRefundId: newest.id,
    amount: fromStripeAmount(newest.amount, currency),
    currency,
    occurredAt: new Date(event.created * 1000),
    record,
  };
}

function newestRefund(refunds: RefundRecord[]): RefundRecord | null {
  // Stripe lists newest first; `created` decides when it is present, the list order breaks ties.
  let newest: RefundRecord | null = null;
  for (const r of refunds) if (!newest || (r.created ?? 0) > (newest.created ?? 0)) newest = r;
  return newest;
}

function eventRecord(event: EventEnvelope, object: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify({
      id: event.id,
      object: "event",
      type: event.type,
      api_version: event.api_version ?? null,
      created: event.created,
      livemode: event.livemode ?? null,
      data: { object },
    }),
  ) as Prisma.InputJsonValue;
}

function other(event: EventEnvelope, reference: string | null, record: Prisma.InputJsonValue): VerifiedMessage {
  return { kind: "other", provider: "STRIPE", eventId: event.id, eventType: event.type, reference, record };
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => typeof source[k] === "string").map((k) => [k, source[k]]));
}
