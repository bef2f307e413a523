import { describe, expect, it } from "vitest";
import { asciiText, buildMmqr, MMQR_SANDBOX_GUID } from "./build-mmqr";
import { crc16 } from "./crc16";
import { renderQrSvg } from "./render-qr-svg";
import { encodeTlv, parseTlv } from "./tlv";
import { parseMmqr } from "./validate-mmqr";

const input = { guid: MMQR_SANDBOX_GUID, merchantId: "200001", merchantName: "MMSO", merchantCity: "Yangon", amount: 15000, reference: "MMSO_ABC123" };

describe("CRC-16/CCITT-FALSE", () => {
  it("has the catalogued check value and pads to four uppercase hex digits", () => {
    expect(crc16("123456789")).toBe("29B1");
    expect(crc16("")).toBe("FFFF");
    expect(crc16("A")).toMatch(/^[0-9A-F]{4}$/);
  });
});

describe("TLV", () => {
  it("writes lengths as two digits and reads them back", () => {
    expect(encodeTlv("59", "MMSO")).toBe("5904MMSO");
    expect(encodeTlv("62", "x".repeat(9))).toBe(`6209${"x".repeat(9)}`);
    expect(encodeTlv("62", "x".repeat(99))).toBe(`6299${"x".repeat(99)}`);
    expect(() => encodeTlv("62", "x".repeat(100))).toThrow();
    expect(() => encodeTlv("62", "")).toThrow();
    expect(() => encodeTlv("6", "x")).toThrow();
    expect(parseTlv("5904MMSO6002MM")).toEqual([
      { tag: "59", value: "MMSO" },
      { tag: "60", value: "MM" },
    ]);
  });
  it("refuses truncated values, one-digit lengths, zero lengths and repeated tags", () => {
    expect(parseTlv("5905MMSO")).toBeNull();
    expect(parseTlv("594MMSO")).toBeNull();
    expect(parseTlv("5900")).toBeNull();
    expect(parseTlv("5901A5901B")).toBeNull();
    expect(parseTlv("59")).toBeNull();
  });
});

describe("MMQR", () => {
  it("builds a dynamic payload that the validator reads back (round trip)", () => {
    const payload = buildMmqr(input);
    expect(payload.startsWith("000201010212")).toBe(true);
    expect(payload).toMatch(/6304[0-9A-F]{4}$/);
    const check = parseMmqr(payload);
    expect(check).toMatchObject({
      ok: true,
      mmqr: {
        dynamic: true,
        accounts: { "26": { "00": MMQR_SANDBOX_GUID, "01": "200001" } },
        mcc: "8299",
        currency: "104",
        amount: "15000",
        country: "MM",
        merchantName: "MMSO",
        merchantCity: "Yangon",
        billNumber: "MMSO_ABC123",
      },
    });
    // Every value is written exactly as the spec says: tag, two-digit length, value.
    expect(payload).toContain("540515000");
    expect(payload).toContain("5802MM");
    expect(payload).toContain("5303104");
    expect(payload).toContain("62150111MMSO_ABC123");
  });

  it("builds a static payload without an amount", () => {
    const check = parseMmqr(buildMmqr({ ...input, amount: undefined }));
    expect(check).toMatchObject({ ok: true, mmqr: { dynamic: false, amount: null } });
  });

  it("computes the CRC over everything including the literal 6304", () => {
    const payload = buildMmqr(input);
    expect(payload.slice(-4)).toBe(crc16(payload.slice(0, -4)));
    expect(payload.slice(-8, -4)).toBe("6304");
  });

  it("fails when any one character is changed", () => {
    const payload = buildMmqr(input);
    for (let i = 0; i < payload.length; i++) {
      const original = payload[i]!;
      const replacement = original === "0" ? "1" : original === "A" ? "B" : "0";
      const flipped = payload.slice(0, i) + replacement + payload.slice(i + 1);
      expect(parseMmqr(flipped).ok, `position ${i}`).toBe(false);
    }
  });

  it("refuses payloads that are well-formed TLV with a correct CRC but not MMQR", () => {
    const withCrc = (body: string) => `${body}6304${crc16(`${body}6304`)}`;
    const good = buildMmqr(input).slice(0, -8);
    expect(parseMmqr(withCrc(good)).ok).toBe(true);
    expect(parseMmqr(withCrc(good.replace("5303104", "5303840")))).toEqual({ ok: false, problem: "currency" });
    expect(parseMmqr(withCrc(good.replace("5802MM", "5802TH")))).toEqual({ ok: false, problem: "country" });
    expect(parseMmqr(withCrc(good.replace("000201", "000202")))).toEqual({ ok: false, problem: "payload_format" });
    expect(parseMmqr(withCrc(good.replace("540515000", "")))).toEqual({ ok: false, problem: "amount_missing" });
    expect(parseMmqr(withCrc(`${good}99`))).toEqual({ ok: false, problem: "tlv_malformed" });
    expect(parseMmqr(`${good}6304`)).toEqual({ ok: false, problem: "crc_missing" });
    expect(parseMmqr(withCrc(good).toLowerCase()).ok).toBe(false);
  });

  it("keeps the merchant name and city within 25 and 15 printable ASCII characters", () => {
    const payload = buildMmqr({ ...input, merchantName: "မြန်မာ Learning Centre of Excellence Yangon", merchantCity: "Yangon Region, Myanmar" });
    const check = parseMmqr(payload);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.mmqr.merchantName).toBe("Learning Centre of Excell");
    expect(check.mmqr.merchantName.length).toBeLessThanOrEqual(25);
    expect(check.mmqr.merchantCity).toBe("Yangon Region,");
    expect(() => asciiText("မြန်မာ", 25)).toThrow();
  });

  it("refuses amounts and references it cannot carry", () => {
    expect(() => buildMmqr({ ...input, amount: 0 })).toThrow();
    expect(() => buildMmqr({ ...input, amount: 10.5 })).toThrow();
    expect(() => buildMmqr({ ...input, reference: "has space" })).toThrow();
    expect(parseMmqr(buildMmqr({ ...input, reference: "R".repeat(40) }))).toMatchObject({ ok: true, mmqr: { billNumber: "R".repeat(40) } });
  });
});

describe("QR rendering", () => {
  it("renders inline SVG paths with no external reference, hidden from assistive technology", async () => {
    const svg = await renderQrSvg(buildMmqr(input));
    expect(svg.startsWith('<svg aria-hidden="true"')).toBe(true);
    expect(svg).toContain("<path");
    expect(svg).not.toMatch(/href|<image|<script|url\(/i);
  });
});
