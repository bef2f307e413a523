import { randomBytes } from "node:crypto";

/** Order references match `[A-Za-z0-9_]{1,40}` (KBZPay's merch_order_id, api-contract.md). */
export const ORDER_REFERENCE = /^[A-Za-z0-9_]{1,40}$/;

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud to support staff

/** `MMSO_` and 16 random characters (80 bits): unguessable, short enough to read over the phone. */
export function newOrderReference(): string {
  const bytes = randomBytes(16);
  let out = "MMSO_";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
