import { createHash, timingSafeEqual } from "node:crypto";

/** A message's fields as built (our requests) or as parsed from raw JSON (KBZPay's messages). */
export type KbzFields = { readonly [key: string]: unknown };

const KEY = /^[A-Za-z0-9_]+$/;
/** A value that could be read as the end of one field and the start of another. */
const SPLITTABLE = /&[A-Za-z0-9_]*=/;

/**
 * KBZPay's string to sign (integrations.md): the common fields and `biz_content`'s fields in one
 * map, without `sign`, `sign_type`, empty values and nested objects or arrays; keys in ASCII byte
 * order (so `Wallet_identifier` comes before `appid`: not localeCompare); `k=v` joined with `&`,
 * nothing URL-encoded.
 *
 * Security-critical: `k=v&k=v` is only unambiguous when keys are `[A-Za-z0-9_]+` and no value holds
 * `&<key>=`; otherwise a forger could move text between a value and a key (`a=1&b=2` is both
 * {a:"1", b:"2"} and {a:"1&b=2"}) without changing the string. Such a message throws, and
 * verification treats that as a failure. A lone `&` ("A&B Shop") cannot be split, so it passes.
 */
export function signingString(fields: KbzFields): string {
  const flat = new Map<string, string>();
  const absorb = (source: KbzFields, nested: boolean) => {
    for (const [key, value] of Object.entries(source)) {
      if (key === "sign" || key === "sign_type") continue;
      if (key === "biz_content" && !nested && isPlainObject(value)) {
        absorb(value, true);
        continue;
      }
      const text = scalarText(value);
      if (text === null) continue;
      if (!KEY.test(key)) throw new Error("KBZPay field name outside [A-Za-z0-9_]");
      if (SPLITTABLE.test(text)) throw new Error("KBZPay field value contains '&<key>='");
      if (flat.has(key)) throw new Error("KBZPay field appears twice");
      flat.set(key, text);
    }
  };
  absorb(fields, false);
  return [...flat.keys()]
    .sort(byteOrder)
    .map((key) => `${key}=${flat.get(key)}`)
    .join("&");
}

/** `sign`: SHA-256 (not an HMAC) of the string to sign + `&key=<appKey>`, uppercase hex. */
export function kbzSign(fields: KbzFields, appKey: string): string {
  return createHash("sha256").update(`${signingString(fields)}&key=${appKey}`, "utf8").digest("hex").toUpperCase();
}

/**
 * Security-critical: true only when `sign` is the signature of whatever other keys arrived, with
 * their values exactly as received, under our app key; compared in constant time. The received
 * sign must be uppercase hex as KBZPay writes it: a changed letter case is a changed message.
 */
export function verifyKbzSign(fields: KbzFields, appKey: string): boolean {
  const received = fields.sign;
  if (typeof received !== "string" || !/^[0-9A-F]{64}$/.test(received)) return false;
  let expected: string;
  try {
    expected = kbzSign(fields, appKey);
  } catch {
    return false;
  }
  return timingSafeEqual(Buffer.from(expected, "utf8"), Buffer.from(received, "utf8"));
}

/** A value that takes part in signing as text, or null for one that is left out (empty or nested). */
function scalarText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("KBZPay field is not a finite number");
    return String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") return null;
  throw new Error(`KBZPay field of type ${typeof value}`);
}

function isPlainObject(value: unknown): value is KbzFields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** ASCII byte order (UTF-8 bytes, which is what the gateway's Java/PHP sorts compare). */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
