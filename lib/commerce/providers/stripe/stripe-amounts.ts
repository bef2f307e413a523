import type { CurrencyCode } from "../types";

/** What MMSO sells through Stripe. */
export const STRIPE_CURRENCIES: readonly CurrencyCode[] = ["MMK", "USD"];

/**
 * Stripe counts every currency we sell in hundredths: MMK is not zero-decimal at Stripe
 * (integrations.md), so 15,000 kyat is `1500000`; USD is already in cents on the platform.
 */
export function toStripeAmount(amount: number, currency: CurrencyCode): number {
  return currency === "MMK" ? amount * 100 : amount;
}

/**
 * Back to the platform unit. A kyat amount that is not whole is rounded down, so that a payment
 * can never look larger than what Stripe moved (the order check then sees the shortfall).
 */
export function fromStripeAmount(amount: number, currency: CurrencyCode): number {
  return currency === "MMK" ? Math.floor(amount / 100) : amount;
}

/** Stripe's lower-case code → ours; null for a currency we never sell in. */
export function fromStripeCurrency(code: string | null | undefined): CurrencyCode | null {
  const upper = code?.toUpperCase();
  return upper === "MMK" || upper === "USD" ? upper : null;
}

export const toStripeCurrency = (currency: CurrencyCode): string => currency.toLowerCase();
