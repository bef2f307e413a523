import fc from "fast-check";

/*
 * Generators of forgeries, shared by the per-provider suites (lib/security/webhook-forgery-*).
 * Each variant names its kind, so that a suite can prove every kind was tried, and always differs
 * from the value it was made from: a "forgery" equal to the genuine message would be no forgery.
 */

export type Variant<T = string> = { kind: string; value: T };

export const HEX = "0123456789abcdef";
export const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const encoder = new TextEncoder();
const sameBytes = (a: string | Uint8Array, b: string | Uint8Array) => Buffer.from(typeof a === "string" ? encoder.encode(a) : a).equals(Buffer.from(typeof b === "string" ? encoder.encode(b) : b));

/** A secret-bearing value (signature, token, MAC) with one character flipped, cut short, extended or dropped. */
export function tamperedValue(original: string, alphabet: string, label = "signature"): fc.Arbitrary<Variant> {
  const n = original.length;
  const units = [...alphabet];
  return fc
    .oneof(
      fc.tuple(fc.nat({ max: n - 1 }), fc.constantFrom(...units)).map(([i, c]) => ({ kind: `${label}: character flipped`, value: original.slice(0, i) + c + original.slice(i + 1) })),
      fc.integer({ min: 1, max: n }).map((k) => ({ kind: `${label}: truncated`, value: original.slice(0, n - k) })),
      fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength: 8 }).map((tail) => ({ kind: `${label}: extended`, value: original + tail })),
      fc.nat({ max: n - 1 }).map((i) => ({ kind: `${label}: character removed`, value: original.slice(0, i) + original.slice(i + 1) })),
    )
    .filter((v) => v.value !== original);
}

/** A hex signature tampered with, or the same digits upper-cased (the protocols send lower case). */
export function tamperedHex(original: string, label = "signature"): fc.Arbitrary<Variant> {
  const upper = original.toUpperCase();
  const cases = [tamperedValue(original, HEX, label)];
  if (upper !== original) cases.push(fc.constant({ kind: `${label}: upper-cased hex`, value: upper }));
  return fc.oneof(...cases);
}

/**
 * A body changed after it was signed: one bit flipped, whitespace inserted, JSON re-serialised or
 * pretty-printed, Unicode normalised (NFD/NFKC of the text as UTF-8), cut short or extended.
 */
export function tamperedBody(body: string): fc.Arbitrary<Variant<string | Uint8Array>> {
  const bytes = encoder.encode(body);
  const reserialised = tryJson(body, (v) => JSON.stringify(v));
  const candidates: Array<fc.Arbitrary<Variant<string | Uint8Array>>> = [
    fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 })).map(([i, bit]) => {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ (1 << bit);
      return { kind: "body: one bit flipped", value: copy };
    }),
    fc.tuple(fc.nat({ max: body.length }), fc.constantFrom(" ", "\n", "\t", "\r\n")).map(([i, ws]) => ({ kind: "body: whitespace inserted", value: body.slice(0, i) + ws + body.slice(i) })),
    fc.integer({ min: 1, max: Math.min(body.length, 64) }).map((k) => ({ kind: "body: truncated", value: body.slice(0, body.length - k) })),
    fc.constantFrom("\n", " ", "}", "{}", ',"amount":1', "\u0000").map((tail) => ({ kind: "body: extended", value: body + tail })),
  ];
  if (reserialised !== null) {
    candidates.push(fc.constant({ kind: "body: JSON re-serialised", value: reserialised }));
    candidates.push(fc.constant({ kind: "body: JSON pretty-printed", value: tryJson(body, (v) => JSON.stringify(v, null, 2))! }));
    for (const form of ["NFD", "NFKC", "NFKD"] as const) {
      const normalised: string = reserialised.normalize(form);
      if (normalised !== reserialised) candidates.push(fc.constant({ kind: "body: Unicode normalised", value: normalised }));
    }
  }
  return fc.oneof(...candidates).filter((v) => !sameBytes(v.value, body));
}

function tryJson(text: string, write: (value: unknown) => string): string | null {
  try {
    return write(JSON.parse(text));
  } catch {
    return null;
  }
}

/** A value that is not the real secret: random text, or the real one with a character changed or added. */
export function otherSecret(real: string): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 64 }),
      fc.constant(`${real}x`),
      fc.constant(real.slice(0, -1)),
      fc.constant(real.toUpperCase()),
      fc.constant(` ${real}`),
    )
    .filter((s) => s !== real);
}

/**
 * Unix seconds outside a tolerance window: older than it (a replay) or further in the future. The
 * clock is read when each value is drawn (a loaded machine may take a while to get there), with
 * 10 s of margin for the time between drawing and verifying.
 */
export function outsideTolerance(toleranceSeconds: number): fc.Arbitrary<Variant<number>> {
  const now = () => Math.floor(Date.now() / 1000);
  return fc.oneof(
    fc.integer({ min: toleranceSeconds + 10, max: 10_000_000 }).map((age) => ({ kind: "timestamp: stale", value: now() - age })),
    fc.integer({ min: toleranceSeconds + 10, max: 10_000_000 }).map((ahead) => ({ kind: "timestamp: future", value: now() + ahead })),
  );
}

/** Bodies nobody signed: empty, not JSON, JSON of another shape. */
export const junkBody: fc.Arbitrary<Variant> = fc.oneof(
  fc.constant({ kind: "body: empty", value: "" }),
  fc.string({ maxLength: 200 }).map((value) => ({ kind: "body: not JSON", value: `~${value}` })),
  fc.json({ maxDepth: 3 }).map((value) => ({ kind: "body: other JSON", value })),
);

/** A body over the route's limit (the answer must be 413 before anything is verified). */
export function hugeBody(limitBytes: number): fc.Arbitrary<Variant> {
  return fc.integer({ min: 1, max: 4096 }).map((extra) => ({ kind: "body: over the size limit", value: JSON.stringify({ pad: "x".repeat(limitBytes + extra) }) }));
}

/** Content types a forger may send: the right one, a wrong one, or none. */
export const contentType: fc.Arbitrary<string | null> = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=forgery",
  "application/xml",
  null,
);
