import { timingSafeEqual, type KeyObject } from "node:crypto";
import { z } from "zod";
import { checkoutHashValue, type DingerCheckoutFields, type DingerItem } from "./checkout-payload";
import { decryptRsaChunks } from "./rsa-chunks";

export type OpenCheckoutFailure = "undecryptable" | "bad_hash" | "bad_fields" | "items_mismatch";

export type OpenedCheckout =
  | { ok: true; fields: DingerCheckoutFields; items: DingerItem[] }
  | { ok: false; reason: OpenCheckoutFailure };

const shortText = z.string().max(500);
const fieldsSchema = z.object({
  clientId: shortText,
  publicKey: z.string().max(2000),
  items: z.string().max(8000),
  customerName: shortText,
  totalAmount: z.number().int().positive(),
  merchantOrderId: z.string().regex(/^[A-Za-z0-9_]{1,40}$/),
  merchantKey: shortText,
  projectName: shortText,
  merchantName: shortText,
});

/** Dinger's own example sends quantity as a string ("1"), so numbers may come as numeric strings. */
const count = z.union([z.number(), z.string().regex(/^\d{1,12}$/).transform(Number)]).pipe(z.number().int().positive());
const itemsSchema = z.array(z.object({ name: z.string().min(1).max(500), amount: count, quantity: count })).min(1).max(50);

/**
 * What Dinger's hosted form does with `?payload=…&hashValue=…` (the sandbox runs it with the demo
 * private key): RSA-decrypt the payload, check hashValue = HMAC-SHA256(secretKey, plaintext) in
 * constant time, read the fields, and check that the items (amount × quantity) sum to totalAmount.
 * Every step refuses with a reason, so a wrong encoding on the merchant side is visible.
 */
export function openCheckoutPayload(
  request: { payload: string; hashValue: string },
  keys: { privateKey: KeyObject; secretKey: string },
): OpenedCheckout {
  const bytes = decryptRsaChunks(request.payload, keys.privateKey);
  if (!bytes) return { ok: false, reason: "undecryptable" };
  let plaintext: string;
  try {
    plaintext = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "undecryptable" };
  }
  if (!hashMatches(request.hashValue, checkoutHashValue(plaintext, keys.secretKey))) return { ok: false, reason: "bad_hash" };
  let fields: DingerCheckoutFields;
  try {
    const parsed = fieldsSchema.safeParse(JSON.parse(plaintext));
    if (!parsed.success) return { ok: false, reason: "bad_fields" };
    fields = parsed.data;
  } catch {
    return { ok: false, reason: "bad_fields" };
  }
  const items = readItems(fields.items);
  if (!items) return { ok: false, reason: "bad_fields" };
  return itemsTotal(items) === fields.totalAmount ? { ok: true, fields, items } : { ok: false, reason: "items_mismatch" };
}

/** The sum Dinger checks against totalAmount: Σ amount × quantity. */
export function itemsTotal(items: readonly DingerItem[]): number {
  return items.reduce((sum, item) => sum + item.amount * item.quantity, 0);
}

function readItems(itemsJson: string): DingerItem[] | null {
  try {
    const parsed = itemsSchema.safeParse(JSON.parse(itemsJson));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function hashMatches(received: string, expectedHex: string): boolean {
  if (!/^[0-9a-fA-F]{64}$/.test(received)) return false;
  return timingSafeEqual(Buffer.from(received, "hex"), Buffer.from(expectedHex, "hex"));
}
