/**
 * JSON whose scalars are kept as text: a number is the exact literal that arrived (`1000.50`
 * stays "1000.50", where JSON.parse would give 1000.5), a string is its decoded value, true and
 * false are "true" and "false", null is null. KBZPay signs the values as it sent them, so
 * verification must see them unchanged (integrations.md).
 */
export type RawJson = string | null | RawJson[] | RawJsonObject;
export type RawJsonObject = { [key: string]: RawJson };

export class RawJsonError extends Error {
  constructor(reason: string, at: number) {
    super(`${reason} at ${at}`);
    this.name = "RawJsonError";
  }
}

const MAX_DEPTH = 32;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Parses RFC 8259 JSON exactly as strictly as JSON.parse, except that it refuses a repeated key
 * (two parsers could disagree on which one counts) and nesting deeper than 32. Objects have no
 * prototype, so a `__proto__` key is an ordinary key. Throws RawJsonError.
 */
export function parseRawJson(text: string): RawJson {
  let at = 0;

  const fail = (reason: string): never => {
    throw new RawJsonError(reason, at);
  };
  const skipSpace = () => {
    while (at < text.length && (text[at] === " " || text[at] === "\t" || text[at] === "\n" || text[at] === "\r")) at++;
  };

  const readString = (): string => {
    at++; // opening quote
    let out = "";
    let start = at;
    for (;;) {
      if (at >= text.length) fail("unterminated string");
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        out += text.slice(start, at);
        at++;
        return out;
      }
      if (c < 0x20) fail("control character in string");
      if (c !== 0x5c) {
        at++;
        continue;
      }
      out += text.slice(start, at);
      const e = text[at + 1];
      if (e === "u") {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad unicode escape");
        out += String.fromCharCode(parseInt(hex, 16));
        at += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        at += 2;
      } else {
        fail("bad escape");
      }
      start = at;
    }
  };

  const readValue = (depth: number): RawJson => {
    if (depth > MAX_DEPTH) fail("nested too deeply");
    skipSpace();
    const c = text[at];
    if (c === "{") {
      at++;
      const object: RawJsonObject = Object.create(null) as RawJsonObject;
      skipSpace();
      if (text[at] === "}") {
        at++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail("expected a key");
        const key = readString();
        if (Object.hasOwn(object, key)) fail("repeated key");
        skipSpace();
        if (text[at] !== ":") fail("expected ':'");
        at++;
        object[key] = readValue(depth + 1);
        skipSpace();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "}") {
          at++;
          return object;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      at++;
      const array: RawJson[] = [];
      skipSpace();
      if (text[at] === "]") {
        at++;
        return array;
      }
      for (;;) {
        array.push(readValue(depth + 1));
        skipSpace();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "]") {
          at++;
          return array;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return readString();
    for (const literal of ["true", "false", "null"] as const) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return literal === "null" ? null : literal;
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (!number) return fail("unexpected character");
    at += number[0].length;
    return number[0];
  };

  const value = readValue(0);
  skipSpace();
  if (at !== text.length) fail("trailing characters");
  return value;
}

export function isRawObject(value: RawJson | undefined): value is RawJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
