import { describe, expect, it } from "vitest";
import myanmarTools from "@/lib/text/myanmar-tools-browser";
import { parsePhoneNumberFromString } from "./libphonenumber-browser";

// The browser's stand-ins (ADR 0025): lenient, never converting; the server decides for real.
describe("the browser's stand-ins for the heavy validation libraries", () => {
  it("lets what looks like a phone number through, and refuses what does not", () => {
    expect(parsePhoneNumberFromString(" 09 420 000 999 ")?.isValid()).toBe(true);
    expect(parsePhoneNumberFromString("+95 9 420-000-999")?.number).toBe("+95 9 420-000-999");
    expect(parsePhoneNumberFromString("12345")?.isValid()).toBe(false);
    expect(parsePhoneNumberFromString("abc")).toBeUndefined();
    expect(parsePhoneNumberFromString("+1234567890123456")?.isValid()).toBe(false);
  });
  it("never judges text Zawgyi and never converts it", () => {
    expect(new myanmarTools.ZawgyiDetector().getZawgyiProbability()).toBe(0);
    expect(new myanmarTools.ZawgyiConverter().zawgyiToUnicode("ျမန္မာ")).toBe("ျမန္မာ");
  });
});
