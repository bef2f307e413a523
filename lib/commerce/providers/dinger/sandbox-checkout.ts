import "server-only";
import { openSandboxPayment, sandboxPageUrl } from "../../sandbox/sandbox-payments";
import type { CheckoutOrder } from "../types";
import { checkoutQuery, type DingerCheckoutFields, type EncryptedCheckout } from "./checkout-payload";

/**
 * What the sandbox keeps of a checkout request (SandboxPayment.request): what the page needs that
 * the payload does not carry — the return URL, which real Dinger takes from the merchant portal —
 * and the public parts of the request. No customer name, no merchant key or client id.
 */
export type DingerSandboxRequest = {
  merchantOrderId: string;
  totalAmount: number;
  items: string;
  projectName: string;
  merchantName: string;
  returnUrl: string;
  expiresAt: string;
  /** Set when the tester acts: what the callback says, so that a resend is byte-identical. */
  settlement?: DingerSandboxSettlement;
};

export type DingerSandboxSettlement = { transactionStatus: string; providerName: string; methodName: string; createdAt: string };

/**
 * Sandbox mode's createCheckout: records the pending payment and returns our sandbox page's URL
 * with the query Dinger's form would receive (`?payload=…&hashValue=…`), unchanged.
 */
export async function openDingerSandboxCheckout(input: {
  checkoutId: string;
  order: CheckoutOrder;
  fields: DingerCheckoutFields;
  encrypted: EncryptedCheckout;
}): Promise<string> {
  const { checkoutId, order, fields, encrypted } = input;
  const request = {
    merchantOrderId: fields.merchantOrderId,
    totalAmount: fields.totalAmount,
    items: fields.items,
    projectName: fields.projectName,
    merchantName: fields.merchantName,
    returnUrl: order.returnUrl,
    expiresAt: order.expiresAt.toISOString(),
  } satisfies DingerSandboxRequest;
  await openSandboxPayment({
    provider: "DINGER",
    merchantReference: order.reference,
    checkoutId,
    amount: order.totalAmount,
    currency: "MMK",
    request,
  });
  return `${sandboxPageUrl("DINGER", checkoutId)}${checkoutQuery(encrypted)}`;
}
