import { describe, expect, it } from "vitest";
import { formatCount, formatMoney } from "./format-money";

describe("formatMoney", () => {
  it("writes kyat with Burmese digits in Burmese", () => {
    expect(formatMoney({ amount: 15000, currency: "MMK" }, "my")).toBe("၁၅,၀၀၀ ကျပ်");
  });
  it("writes kyat as MMK in English, whole units", () => {
    expect(formatMoney({ amount: 15000, currency: "MMK" }, "en").replace(/\s/g, " ")).toBe("MMK 15,000");
  });
  it("treats other currencies' amounts as minor units", () => {
    expect(formatMoney({ amount: 1999, currency: "USD" }, "en").replace(/\s/g, " ")).toBe("USD 19.99");
  });
  it("formats counts with the locale's digits", () => {
    expect(formatCount(1234, "my")).toBe("၁,၂၃၄");
    expect(formatCount(1234, "en")).toBe("1,234");
  });
});
