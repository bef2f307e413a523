import { describe, expect, it } from "vitest";
import { couponDiscount, normaliseCouponCode, type CouponTerms } from "./discount";

const course = { id: "c1", centerId: "A", priceAmount: 45_000, currency: "MMK" as const };
const base: CouponTerms = { centerId: "A", courseId: null, scope: "CENTER", kind: "PERCENT", value: 10, currency: "MMK", minPriceAmount: null, startsAt: null, endsAt: null, active: true };
const now = new Date("2026-11-24T10:00:00Z");

describe("couponDiscount", () => {
  it("computes percent (rounded down) and fixed (capped at the price) discounts", () => {
    expect(couponDiscount({ ...base, value: 15 }, { ...course, priceAmount: 9_999 }, now)).toEqual({ ok: true, discount: 1_499 });
    expect(couponDiscount({ ...base, kind: "FIXED", value: 5_000 }, course, now)).toEqual({ ok: true, discount: 5_000 });
    expect(couponDiscount({ ...base, kind: "FIXED", value: 90_000 }, course, now)).toEqual({ ok: true, discount: 45_000 });
    expect(couponDiscount({ ...base, value: 100 }, course, now)).toEqual({ ok: true, discount: 45_000 });
  });

  it("says why a coupon does not apply", () => {
    const reason = (terms: Partial<CouponTerms>, c = course) => {
      const result = couponDiscount({ ...base, ...terms }, c, now);
      return result.ok ? "ok" : result.reason;
    };
    expect(reason({ active: false })).toBe("inactive");
    expect(reason({ startsAt: new Date("2026-11-25T00:00:00Z") })).toBe("not_started");
    expect(reason({ endsAt: now })).toBe("ended");
    expect(reason({ centerId: "B" })).toBe("wrong_center");
    expect(reason({ scope: "COURSE", courseId: "c2" })).toBe("wrong_course");
    expect(reason({ scope: "COURSE", courseId: "c1" })).toBe("ok");
    expect(reason({ minPriceAmount: 50_000 })).toBe("below_minimum");
    expect(reason({ kind: "FIXED", value: 5, currency: "USD" })).toBe("currency_mismatch");
  });

  it("normalises codes", () => {
    expect(normaliseCouponCode(" new year 10 ")).toBe("NEWYEAR10");
  });
});
