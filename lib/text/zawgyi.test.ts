import { describe, expect, it } from "vitest";
import { isZawgyi, toUnicode, unicodeToZawgyi } from "./zawgyi";

describe("toUnicode", () => {
  it("converts Zawgyi text to Unicode", () => {
    // "Python အခြေခံ သင်တန်း" as typed with a Zawgyi keyboard (the library's own mapping).
    const zawgyi = "Python \u1021\u1031\u103B\u1001\u1001\u1036 \u101E\u1004\u1039\u1010\u1014\u1039\u1038";
    expect(unicodeToZawgyi("Python အခြေခံ သင်တန်း")).toBe(zawgyi);
    expect(isZawgyi(zawgyi)).toBe(true);
    expect(toUnicode(zawgyi)).toBe("Python အခြေခံ သင်တန်း");
    expect(toUnicode(unicodeToZawgyi("မြန်မာစာ"))).toBe("မြန်မာစာ");
  });

  it("leaves Unicode Burmese and English unchanged", () => {
    for (const text of ["Python အခြေခံ သင်တန်း", "အခြေခံ", "ခြေခံ", "မြန်မာစာ သင်ခန်းစာ", "Python for Beginners", "C++ 101"]) {
      expect(isZawgyi(text)).toBe(false);
      expect(toUnicode(text)).toBe(text);
    }
  });

  it("NFC-normalises and removes invisible characters and odd whitespace", () => {
    expect(toUnicode("\u200B  Python\u00A0\u00A0for\tBeginners \uFEFF")).toBe("Python for Beginners");
    expect(toUnicode("အခြေ\u200Bခံ")).toBe("အခြေခံ");
    expect(toUnicode("Cafe\u0301")).toBe("Café");
    expect(toUnicode(" \u200B\u200C ")).toBe("");
  });
});
