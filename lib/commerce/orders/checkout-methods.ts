import "server-only";
import { paymentProvider } from "../providers/registry";
import type { CurrencyCode, ProviderName } from "../providers/types";

/** The order of the methods on the checkout page: local wallets first. */
const CHECKOUT_ORDER: readonly ProviderName[] = ["KBZPAY", "DINGER", "STRIPE"];

export type CheckoutMethod = "kbzpay" | "dinger" | "stripe";

/** The payment methods that accept a currency (Dinger and KBZPay take MMK only), as createOrder names them. */
export function checkoutMethodsFor(currency: string): CheckoutMethod[] {
  return CHECKOUT_ORDER.filter((name) => paymentProvider(name).currencies.includes(currency as CurrencyCode)).map((name) => name.toLowerCase() as CheckoutMethod);
}
