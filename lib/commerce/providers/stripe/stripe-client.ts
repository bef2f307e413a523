import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

let client: Stripe | undefined;

/** The live Stripe client of this process (production mode only; the SDK pins its API version). */
export function getStripeClient(): Stripe {
  client ??= new Stripe(env().STRIPE_SECRET_KEY, { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: "MMSO" } });
  return client;
}
