import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createDocument } from "zod-openapi";
import { unicodeLine, unicodeText } from "./unicode-schema";
import { isZawgyi, unicodeToZawgyi } from "./zawgyi";

describe("unicodeLine", () => {
  const title = unicodeLine().min(1).max(20);

  it("converts Zawgyi and collapses whitespace", () => {
    expect(title.parse(unicodeToZawgyi("မြန်မာစာ သင်ခန်းစာ"))).toBe("မြန်မာစာ သင်ခန်းစာ");
    expect(title.parse("  Python \n\t 101 \u200B")).toBe("Python 101");
    expect(title.parse("အခြေခံ")).toBe("အခြေခံ");
  });

  it("applies min and max to the converted text", () => {
    expect(title.safeParse(" \u200B\u200C ").success).toBe(false);
    expect(title.safeParse(`   ${"x".repeat(20)}   `).success).toBe(true);
    // Zawgyi spells "ပုဂ္ဂိုလ်" with one code unit fewer than Unicode: the limit sees the Unicode.
    const zawgyi = unicodeToZawgyi("ပုဂ္ဂိုလ်");
    expect(isZawgyi(zawgyi)).toBe(true);
    expect([zawgyi.length, "ပုဂ္ဂိုလ်".length]).toEqual([8, 9]);
    expect(unicodeLine().max(8).safeParse(zawgyi).success).toBe(false);
    expect(unicodeLine().max(9).parse(zawgyi)).toBe("ပုဂ္ဂိုလ်");
  });

  it("stays usable with nullish, optional and inside objects", () => {
    const input = z.object({ titleMy: title.nullish(), name: title.optional() }).strict();
    expect(input.parse({ titleMy: null })).toEqual({ titleMy: null });
    expect(input.parse({})).toEqual({});
    expect(input.parse({ titleMy: unicodeToZawgyi("မြန်မာ"), name: " Aung  Aung " })).toEqual({ titleMy: "မြန်မာ", name: "Aung Aung" });
    expect(input.safeParse({ titleMy: 42 }).success).toBe(false);
  });
});

describe("unicodeText", () => {
  const body = unicodeText().min(1).max(100);

  it("converts Zawgyi per line and keeps line breaks and indentation", () => {
    const zawgyi = `Lesson 1\r\n  ${unicodeToZawgyi("မြန်မာစာ")}\r\n\r\n${unicodeToZawgyi("သင်ခန်းစာ")}  \n `;
    expect(body.parse(zawgyi)).toBe("Lesson 1\n  မြန်မာစာ\n\nသင်ခန်းစာ");
  });

  it("applies min and max to the converted text", () => {
    expect(body.safeParse("\n \u200B \n").success).toBe(false);
    expect(body.safeParse(`${"x".repeat(100)}\n\n   `).success).toBe(true);
    expect(body.safeParse("x".repeat(101)).success).toBe(false);
  });
});

describe("in the OpenAPI document", () => {
  it("describes the input as a string with its limits", () => {
    const schema = z
      .object({ name: unicodeLine().min(1).max(80).optional(), bio: unicodeText().max(500).nullish() })
      .meta({ id: "UnicodeProbe" });
    const document = createDocument({
      openapi: "3.1.0",
      info: { title: "probe", version: "1" },
      paths: { "/probe": { post: { requestBody: { content: { "application/json": { schema } } }, responses: { "204": { description: "ok" } } } } },
    });
    const probe = document.components?.schemas?.UnicodeProbe as { properties: Record<string, unknown> };
    expect(probe.properties.name).toEqual({ type: "string", minLength: 1, maxLength: 80 });
    expect(probe.properties.bio).toEqual({ anyOf: [{ type: "string", maxLength: 500 }, { type: "null" }] });
  });
});
