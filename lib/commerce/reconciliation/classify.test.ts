import { describe, expect, it } from "vitest";
import { classify } from "./classify";
import type { TheirRecord } from "./types";

const order = (status: "PENDING" | "EXPIRED" | "PAID" | "REFUNDED" | "PARTIALLY_REFUNDED" | "FAILED", totalAmount = 30_000) => ({ status, totalAmount, currency: "MMK" as const });
const paid = (amount = 30_000, currency: "MMK" | "USD" = "MMK"): TheirRecord => ({ paid: true, status: "PAID", amount, currency, transactionId: "t1" });
const pending: TheirRecord = { paid: false, status: "PENDING", amount: 30_000, currency: "MMK", transactionId: null };

describe("classify", () => {
  it("matches an order paid on both sides for the same amount, refunded ones included", () => {
    expect(classify(order("PAID"), paid())).toBe("matched");
    expect(classify(order("REFUNDED"), paid())).toBe("matched");
    expect(classify(order("PARTIALLY_REFUNDED"), paid())).toBe("matched");
  });
  it("calls an order unpaid when neither side has a payment", () => {
    expect(classify(order("PENDING"), null)).toBe("unpaid");
    expect(classify(order("EXPIRED"), pending)).toBe("unpaid");
    expect(classify(null, pending)).toBe("unpaid");
  });
  it("finds a payment the provider has and we do not (expired or failed orders too)", () => {
    expect(classify(order("PENDING"), paid())).toBe("missing_on_our_side");
    expect(classify(order("EXPIRED"), paid())).toBe("missing_on_our_side");
    expect(classify(order("FAILED"), paid())).toBe("missing_on_our_side");
    expect(classify(null, paid())).toBe("missing_on_our_side");
  });
  it("finds a paid order the provider has no payment for", () => {
    expect(classify(order("PAID"), null)).toBe("missing_on_theirs");
    expect(classify(order("PAID"), pending)).toBe("missing_on_theirs");
  });
  it("reports a different amount or currency whichever side says paid", () => {
    expect(classify(order("PAID"), paid(29_000))).toBe("amount_mismatch");
    expect(classify(order("PAID"), paid(30_000, "USD"))).toBe("amount_mismatch");
    expect(classify(order("PENDING"), paid(29_000))).toBe("amount_mismatch");
    expect(classify(order("PAID"), paid(Number.NaN))).toBe("amount_mismatch");
  });
  it("has nothing to compare for a free order", () => {
    expect(classify(order("PAID", 0), null)).toBe("matched");
    expect(classify(order("PENDING", 0), null)).toBe("unpaid");
  });
});
