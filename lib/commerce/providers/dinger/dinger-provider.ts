import "server-only";
import { randomBytes } from "node:crypto";
import { isProduction } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import type { Checkout, CheckoutOrder, PaymentProviderAdapter } from "../types";
import { checkoutFields, checkoutQuery, encryptCheckout, type EncryptedCheckout } from "./checkout-payload";
import { dingerConfig } from "./dinger-config";
import { openDingerSandboxCheckout } from "./sandbox-checkout";

/**
 * Dinger's prebuilt (hosted) checkout form in production (dinger.asia, "Payload and Redirect").
 * A constant, not configuration: it is Dinger's address, not ours. Their staging form is
 * https://prebuilt.dinger.asia; demo mode uses our sandbox page instead of either.
 */
export const DINGER_FORM_URL = "https://form.dinger.asia/";

/** Live mode's checkout URL: Dinger's form with `?payload=<urlencoded base64>&hashValue=<hex>`. */
export function dingerFormUrl(encrypted: EncryptedCheckout): string {
  return `${DINGER_FORM_URL}${checkoutQuery(encrypted)}`;
}

/**
 * Our id of one checkout attempt: the order reference (Dinger's merchantOrderId) plus a random
 * suffix, so that a second attempt for the same order gets another id (Order.providerCheckoutId
 * is unique per provider). Dinger itself issues no checkout id.
 */
function newCheckoutId(reference: string): string {
  return `${reference}-${randomBytes(6).toString("hex")}`;
}

/**
 * Dinger (KBZPay, AYA Pay, Wave Pay, MPU… through one gateway), MMK only. Live mode sends the buyer
 * to Dinger's hosted form; sandbox mode builds the very same payload and hashValue and sends the
 * buyer to our sandbox page, which decrypts and checks them as Dinger would.
 */
export function dingerProvider(): PaymentProviderAdapter {
  return {
    name: "DINGER",
    currencies: ["MMK"],

    async createCheckout(order: CheckoutOrder): Promise<Checkout> {
      if (order.currency !== "MMK") throw new AppError("provider_not_available");
      const config = dingerConfig();
      const fields = checkoutFields(config.merchant, order);
      const encrypted = encryptCheckout(fields, { publicKey: config.encryptionKey, secretKey: config.secretKey });
      const providerCheckoutId = newCheckoutId(order.reference);
      if (isProduction()) return { providerCheckoutId, url: dingerFormUrl(encrypted), qr: null };
      const url = await openDingerSandboxCheckout({ checkoutId: providerCheckoutId, order, fields, encrypted });
      return { providerCheckoutId, url, qr: null };
    },

    /**
     * Dinger has no payment status query (integrations.md lists none): the callback is the only
     * source of truth, so this answers null in live mode — and in sandbox mode too, because the
     * sandbox plays Dinger's protocol and nothing more (a demo that could settle orders by query
     * would pass tests that production then fails).
     */
    async queryPayment(): Promise<null> {
      return null;
    },
  };
}
