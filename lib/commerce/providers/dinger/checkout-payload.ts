import { createHmac, type KeyObject } from "node:crypto";
import { encryptRsaChunks } from "./rsa-chunks";

/** One line of Dinger's `items`: amount is per unit, in whole kyat. */
export type DingerItem = { name: string; amount: number; quantity: number };

/** The plaintext JSON of a hosted-checkout payload, in the order of Dinger's docs. */
export type DingerCheckoutFields = {
  clientId: string;
  /** The merchant's public key as its portal shows it (base64 DER SPKI). */
  publicKey: string;
  /** A JSON *string* of DingerItem[] (Dinger's rule: "items must be stringify"). */
  items: string;
  customerName: string;
  totalAmount: number;
  /** Our Order.reference; Dinger echoes it in the callback. */
  merchantOrderId: string;
  merchantKey: string;
  projectName: string;
  merchantName: string;
};

export type DingerMerchant = Pick<DingerCheckoutFields, "clientId" | "publicKey" | "merchantKey" | "projectName" | "merchantName">;

/** Longest item or customer name we send (Dinger's form shows them on one line). */
const MAX_NAME_CHARS = 100;

/**
 * Dinger's docs warn that quotes in item names break its gateway ("replace ' and \" characters in
 * your product name"), so they become typographic quotes; control characters go, and the length is
 * capped in characters (code points), never cutting a Burmese letter.
 */
export function dingerText(text: string): string {
  const cleaned = text.replace(/'/g, "\u2019").replace(/"/g, "\u201D").replace(/[\u0000-\u001F\u007F]+/g, " ").trim();
  return Array.from(cleaned).slice(0, MAX_NAME_CHARS).join("");
}

/** The fields of a one-item checkout: the item's amount equals totalAmount, so the items sum to it. */
export function checkoutFields(
  merchant: DingerMerchant,
  order: { reference: string; totalAmount: number; itemName: string; customerName: string },
): DingerCheckoutFields {
  if (!Number.isSafeInteger(order.totalAmount) || order.totalAmount <= 0) throw new Error("Dinger totalAmount must be a positive whole number of kyat");
  const items: DingerItem[] = [{ name: dingerText(order.itemName), amount: order.totalAmount, quantity: 1 }];
  return {
    clientId: merchant.clientId,
    publicKey: merchant.publicKey,
    items: JSON.stringify(items),
    customerName: dingerText(order.customerName),
    totalAmount: order.totalAmount,
    merchantOrderId: order.reference,
    merchantKey: merchant.merchantKey,
    projectName: merchant.projectName,
    merchantName: merchant.merchantName,
  };
}

/** The plaintext that is both encrypted and HMAC'd: one serialisation, used for both. */
export function checkoutPayloadJson(fields: DingerCheckoutFields): string {
  const { clientId, publicKey, items, customerName, totalAmount, merchantOrderId, merchantKey, projectName, merchantName } = fields;
  return JSON.stringify({ clientId, publicKey, items, customerName, totalAmount, merchantOrderId, merchantKey, projectName, merchantName });
}

/** `hashValue`: hex HMAC-SHA256 keyed with the merchant's secret key over the plaintext JSON. */
export function checkoutHashValue(plaintextJson: string, secretKey: string): string {
  return createHmac("sha256", secretKey).update(plaintextJson, "utf8").digest("hex");
}

export type EncryptedCheckout = { payload: string; hashValue: string };

/**
 * Security-critical: the hosted-checkout request (integrations.md, Dinger). `payload` = base64 of
 * the RSA-encrypted plaintext JSON (64-byte chunks, PKCS#1 v1.5, see rsa-chunks.ts); `hashValue`
 * authenticates the same plaintext with the secret key. Both go into the form URL.
 */
export function encryptCheckout(fields: DingerCheckoutFields, keys: { publicKey: KeyObject; secretKey: string }): EncryptedCheckout {
  const json = checkoutPayloadJson(fields);
  return { payload: encryptRsaChunks(json, keys.publicKey), hashValue: checkoutHashValue(json, keys.secretKey) };
}

/** The query string Dinger's form receives: `?payload=<urlencoded base64>&hashValue=<hex>`. */
export function checkoutQuery({ payload, hashValue }: EncryptedCheckout): string {
  return `?payload=${encodeURIComponent(payload)}&hashValue=${encodeURIComponent(hashValue)}`;
}
