import { randomBytes } from "node:crypto";

const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Stripe-looking id: the prefix and `length` random alphanumerics (`evt_…`, `cs_test_…`, `pi_…`). */
export function stripeId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join("");
}

/** The charge behind a sandbox payment intent: same suffix, so each names the other. */
export const chargeIdFor = (paymentIntentId: string): string => `ch_${paymentIntentId.replace(/^pi_/, "")}`;

/** A sibling id of another object (`txn_…` of `re_…`), so that the sandbox's ids hang together. */
export function stripeIdFrom(prefix: string, seed: string): string {
  return `${prefix}${seed.replace(/^[a-z]+_(test_)?/, "")}`;
}
