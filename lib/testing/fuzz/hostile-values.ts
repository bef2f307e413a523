import fc from "fast-check";

// Inputs that broke real APIs: wrong types, extremes, text that databases and regexes choke on,
// prototype keys, and shapes nested deeper than any client sends.

/** "မြန်မာ" in Zawgyi (visual order, non-standard code points) and in Unicode, plus mixed text. */
export const ZAWGYI = ["ျမန္မာ", "ေက်ာင္းသား", "သင္တန္း ၁၀၀ က်ပ္", "ၾကည့္႐ႈ"];
export const UNICODE_BURMESE = ["မြန်မာ", "ကျောင်းသား", "သင်တန်း ၁၀၀ ကျပ်", "ကြည့်ရှု"];
export const EMOJI = ["👩🏽‍💻", "🇲🇲", "🧑‍🏫📚✅", "\u{1F600}".repeat(50)];

export const SPECIAL_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\u202e\u0631\u0644\u200b",
  "\r\n",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1",
  "0",
  "9".repeat(400),
  "0x1F",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "../../../../etc/passwd",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%E0%A4%A",
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "<script>alert(1)</script>",
  "${jndi:ldap://x}",
  "\\",
  "%",
  "_",
  ...ZAWGYI,
  ...EMOJI,
];

export const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  -1e308,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  2 ** 63,
  Number.EPSILON,
];

/** Burmese text, in Unicode and in Zawgyi, between `min` and `max` characters where it can. */
export function burmeseText(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...UNICODE_BURMESE, ...ZAWGYI, ...EMOJI, " "), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(""))
    .map((text) => (text.length > max ? text.slice(0, max) : text.padEnd(min, "က")));
}

/** A string far beyond any field's limit: 10,000 characters of ASCII, Burmese or emoji. */
export const hugeString = fc.constantFrom("x", "မ", "😀", "\u0000").map((unit) => unit.repeat(10_000 / unit.length));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

/** `[[[…]]]` or `{"a":{"a":…}}`, `depth` levels deep. */
export function deepNesting(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** An object whose own keys are `__proto__` and `constructor` (a literal would set the prototype instead). */
export function protoPayload(base: Record<string, unknown> = {}): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...base };
  Object.defineProperty(payload, "__proto__", { value: { polluted: true, role: "PLATFORM_ADMIN" }, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(payload, "constructor", { value: { prototype: { polluted: true } }, enumerable: true, configurable: true, writable: true });
  return payload;
}

/** A JSON value of the wrong kind for almost any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, ...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, [], [null], [1, "2"], { $gt: "" }, { id: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(deepNesting(2000, "array"), deepNesting(500, "object")) },
  { weight: 1, arbitrary: fc.constant(null).map(() => protoPayload()) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Body texts that are not JSON, or not the JSON a client should send. */
export const MALFORMED_JSON = [
  "{",
  '{"a":}',
  "[1,]",
  "{'single':'quotes'}",
  "NaN",
  "undefined",
  "\ufeff{}",
  '{"a":1}garbage',
  '{"a":1}{"a":2}',
  "\u0000",
  '"' + "\\u0000".repeat(10) + '"',
  '{"__proto__":{"polluted":true}}',
  '{"a":' + "[".repeat(10_000),
  "0".repeat(2000),
  "<xml/>",
];

export const CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "application/json; charset=iso-8859-1",
  "application/vnd.api+json",
  "image/png",
  "json",
  "*/*",
];
