import "server-only";
import { dingerProvider } from "./dinger/dinger-provider";
import { kbzpayProvider } from "./kbzpay/kbzpay-provider";
import { stripeProvider } from "./stripe/stripe-provider";
import type { PaymentProviderAdapter, ProviderName } from "./types";

const factories: Record<ProviderName, () => PaymentProviderAdapter> = {
  STRIPE: stripeProvider,
  DINGER: dingerProvider,
  KBZPAY: () => kbzpayProvider(),
};

/** The adapter of each provider: live in production mode, its sandbox in demo mode. */
export function paymentProvider(name: ProviderName): PaymentProviderAdapter {
  return factories[name]();
}
