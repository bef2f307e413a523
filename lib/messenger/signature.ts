import { createHmac, timingSafeEqual } from "node:crypto";

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/**
 * Security-critical: Meta's `X-Hub-Signature-256` check. The HMAC is computed over the body BYTES
 * as received: Meta signs the `\uXXXX`-escaped JSON it sent, so a re-serialised body (Burmese text
 * written out as UTF-8) no longer matches. Compared in constant time; a missing or malformed header fails.
 */
export function verifyMessengerSignature(rawBody: Uint8Array, header: string | null, appSecret: string): boolean {
  const match = HEADER.exec(header?.trim() ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1]!.toLowerCase(), "hex");
  const expected = createHmac("sha256", appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
