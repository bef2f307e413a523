import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRawJson, RawJsonError, type RawJson } from "./raw-json";

/** What parseRawJson should give for a JSON.parse value: scalars as text. */
function expectedOf(value: unknown): RawJson {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(expectedOf);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, expectedOf(v)]));
  return String(value);
}

describe("parseRawJson", () => {
  it("keeps numbers as the literal text that arrived", () => {
    expect(parseRawJson('{"total_amount":1000.50,"n":-0.0,"e":1E+3,"s":"1000.50"}')).toEqual({ total_amount: "1000.50", n: "-0.0", e: "1E+3", s: "1000.50" });
    expect(JSON.parse('{"a":1000.50}')).toEqual({ a: 1000.5 });
  });

  it("decodes strings and literals as JSON does", () => {
    expect(parseRawJson(' { "a" : "x\\u0041\\n\\"\\\\\\/" , "b" : [true, false, null, {}] } ')).toEqual({ a: 'xA\n"\\/', b: ["true", "false", null, {}] });
    expect(parseRawJson('"မြန်မာ"')).toBe("မြန်မာ");
    expect(Object.keys(parseRawJson('{"__proto__":"x"}') as object)).toEqual(["__proto__"]);
  });

  it("refuses what JSON.parse refuses, repeated keys and deep nesting", () => {
    for (const bad of ["", "{", '{"a":1,}', "[1,]", "01", "1.", ".5", "+1", "'a'", '{"a" 1}', '"\u0001"', '"\\x"', "tru", "[1] x", "NaN", '{"a":1,"a":2}', "[".repeat(40) + "]".repeat(40)]) {
      expect(() => parseRawJson(bad), bad).toThrow(RawJsonError);
    }
  });

  it("agrees with JSON.parse on any JSON text (scalars as text)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        const parsed = parseRawJson(text);
        expect(parsed).toEqual(expectedOf(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });
});
