import { z } from "zod";

/*
 * The parts of Stripe's objects that MMSO reads and stores, as zod schemas. Parsing strips every
 * other key, so what comes out is also the stored record: ids, types, amounts, currency, status and
 * times, never customer_details, an email, phone, name, address or card details (policy S8).
 * Every field is optional or nullable: a verified event that lacks one is stored, never refused.
 */

const id = z.string().max(255);
/** An expandable reference (`"pi_…"` or the expanded object) kept as its id. */
const ref = z
  .union([id, z.object({ id })])
  .nullish()
  .transform((value) => (value == null ? null : typeof value === "string" ? value : value.id));
const int = z.number().int().nullish();
const text = z.string().max(255).nullish();

export const eventEnvelope = z.object({
  id: id.min(1),
  object: z.literal("event"),
  type: z.string().min(1).max(255),
  api_version: text,
  created: z.number().int(),
  livemode: z.boolean().nullish(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type EventEnvelope = z.infer<typeof eventEnvelope>;

export const checkoutSession = z.object({
  id,
  object: z.literal("checkout.session"),
  mode: text,
  status: text,
  payment_status: text,
  amount_subtotal: int,
  amount_total: int,
  currency: text,
  client_reference_id: text,
  // Only our key: metadata is free-form and could carry anything.
  metadata: z.object({ orderId: z.string().max(255).optional() }).nullish(),
  payment_intent: ref,
  payment_method_types: z.array(z.string().max(64)).max(50).nullish(),
  created: int,
  expires_at: int,
  livemode: z.boolean().nullish(),
});
export type CheckoutSessionRecord = z.infer<typeof checkoutSession>;

export const refund = z.object({
  id,
  object: z.literal("refund"),
  amount: z.number().int(),
  currency: text,
  status: text,
  reason: text,
  payment_intent: ref,
  charge: ref,
  created: int,
});
export type RefundRecord = z.infer<typeof refund>;

export const charge = z.object({
  id,
  object: z.literal("charge"),
  amount: int,
  amount_captured: int,
  amount_refunded: int,
  currency: text,
  status: text,
  paid: z.boolean().nullish(),
  captured: z.boolean().nullish(),
  refunded: z.boolean().nullish(),
  disputed: z.boolean().nullish(),
  payment_intent: ref,
  created: int,
  livemode: z.boolean().nullish(),
  // Present when the endpoint's API version expands it (before 2022-11-15) or it was expanded.
  refunds: z.object({ object: z.literal("list"), data: z.array(refund).max(100), has_more: z.boolean().nullish() }).nullish(),
});
export type ChargeRecord = z.infer<typeof charge>;

export const dispute = z.object({
  id,
  object: z.literal("dispute"),
  amount: int,
  currency: text,
  status: text,
  reason: text,
  charge: ref,
  payment_intent: ref,
  created: int,
  livemode: z.boolean().nullish(),
});

/** Any other object: its id and kind only. */
export const anyObject = z.object({ id: id.optional(), object: z.string().max(64).optional() });
