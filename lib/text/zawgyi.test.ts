import { describe, expect, it } from "vitest";
import { isZawgyi, toUnicode, toUnicodeText, unicodeToZawgyi } from "./zawgyi";

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

  it("removes control characters PostgreSQL would reject", () => {
    expect(toUnicode("Py\u0000thon\u0007 101\u007F")).toBe("Python 101");
    expect(toUnicode("line\none")).toBe("line one");
  });
});

describe("toUnicodeText", () => {
  it("converts a Zawgyi line and keeps the line breaks", () => {
    const unicode = "မြန်မာစာ သင်ခန်းစာ\nအခြေခံ သင်တန်း\n\nပြီးပါပြီ";
    const zawgyi = unicodeToZawgyi(unicode);
    expect(zawgyi).not.toBe(unicode);
    expect(toUnicodeText(zawgyi)).toBe(unicode);
  });

  it("leaves Unicode Burmese and English unchanged, spaces and indentation included", () => {
    for (const text of [
      "မြန်မာစာ သင်ခန်းစာ\n  - အခြေခံ\n  - ခြေခံ",
      "Python for Beginners\n\n    print(\"hello\")\n\tindented  twice  spaced",
      "Line with a Markdown hard break  \nnext line",
      "ကာ\nက\n၁၂၃",
    ]) {
      expect(toUnicodeText(text)).toBe(text);
    }
  });

  it("decides per line: a Zawgyi line beside Unicode and English lines", () => {
    const text = ["Lesson 1: Python", "အခြေခံ သင်တန်း", unicodeToZawgyi("မြန်မာစာ သင်ခန်းစာ"), "  " + unicodeToZawgyi("ပြီးပါပြီ")].join("\n");
    expect(toUnicodeText(text)).toBe("Lesson 1: Python\nအခြေခံ သင်တန်း\nမြန်မာစာ သင်ခန်းစာ\n  ပြီးပါပြီ");
  });

  it("normalises line breaks to LF and trims only the ends of the whole text", () => {
    expect(toUnicodeText("\r\n  \n  first\r\nsecond\rthird\u2028fourth  \r\n\r\n \t")).toBe("  first\nsecond\nthird\nfourth");
    expect(toUnicodeText(" \n\u200B\n\t ")).toBe("");
  });

  it("NFC-normalises and removes invisible and control characters", () => {
    expect(toUnicodeText("\uFEFFအခြေ\u200Bခံ\nCafe\u0301\u0000")).toBe("အခြေခံ\nCafé");
  });
});
