import type { Coupon } from "@/lib/generated/prisma/client";

export type CouponTerms = Pick<Coupon, "centerId" | "courseId" | "scope" | "kind" | "value" | "currency" | "minPriceAmount" | "startsAt" | "endsAt" | "active">;
export type PricedCourse = { id: string; centerId: string; priceAmount: number; currency: "MMK" | "USD" };

/** Why a coupon does not apply: shown to the buyer (422 details) and used in tests. */
export type CouponRejection = "inactive" | "not_started" | "ended" | "wrong_center" | "wrong_course" | "below_minimum" | "currency_mismatch";

/** Codes are case-insensitive: stored and compared upper-cased, inner spaces removed. */
export function normaliseCouponCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/**
 * The discount a coupon gives on a course's price, or why it gives none. Pure: the caps
 * (total and per person) need the database and are checked under a row lock in redeem-coupon.ts.
 * A percent discount rounds down to a whole unit; a fixed one never exceeds the price.
 */
export function couponDiscount(coupon: CouponTerms, course: PricedCourse, now: Date): { ok: true; discount: number } | { ok: false; reason: CouponRejection } {
  if (!coupon.active) return { ok: false, reason: "inactive" };
  if (coupon.startsAt && now < coupon.startsAt) return { ok: false, reason: "not_started" };
  if (coupon.endsAt && now >= coupon.endsAt) return { ok: false, reason: "ended" };
  if (coupon.centerId !== course.centerId) return { ok: false, reason: "wrong_center" };
  if (coupon.scope === "COURSE" && coupon.courseId !== course.id) return { ok: false, reason: "wrong_course" };
  if (coupon.minPriceAmount !== null && course.priceAmount < coupon.minPriceAmount) return { ok: false, reason: "below_minimum" };
  if (coupon.kind === "PERCENT") return { ok: true, discount: Math.floor((course.priceAmount * Math.min(Math.max(coupon.value, 0), 100)) / 100) };
  if (coupon.currency !== course.currency) return { ok: false, reason: "currency_mismatch" };
  return { ok: true, discount: Math.min(Math.max(coupon.value, 0), course.priceAmount) };
}
