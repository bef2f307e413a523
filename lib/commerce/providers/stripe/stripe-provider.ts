import "server-only";
import { isProduction } from "@/lib/env";
import type { PaymentProviderAdapter } from "../types";
import { liveStripeProvider } from "./live-stripe-provider";
import { sandboxStripeProvider } from "./sandbox-stripe-provider";
import { getStripeClient } from "./stripe-client";

/**
 * Stripe (cards), MMK and USD: the live API in production mode, the in-app sandbox in demo mode —
 * even when real keys are set (api-contract.md). Both share the parameters, amounts and mapping.
 */
export function stripeProvider(): PaymentProviderAdapter {
  return isProduction() ? liveStripeProvider(getStripeClient()) : sandboxStripeProvider();
}
