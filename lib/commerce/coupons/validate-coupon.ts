import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findPurchasableCourse } from "../orders/purchasable-course";
import { checkCoupon, lockCoupon } from "./redeem-coupon";

export const validateCouponInput = z.object({ courseId: z.uuid(), code: z.string().trim().min(1).max(40) });

export const couponQuoteDto = z
  .object({
    code: z.string(),
    amount: z.number().int().meta({ description: "The course's price, in the currency's platform unit (whole kyat for MMK)." }),
    discount: z.number().int(),
    total: z.number().int(),
    currency: z.enum(["MMK", "USD"]),
  })
  .meta({ id: "CouponQuote" });
export type CouponQuote = z.input<typeof couponQuoteDto>;

/**
 * `POST /api/v1/coupons/validate`: what the coupon would take off this course for this person now
 * (422 `coupon_invalid` with the reason, 409 `coupon_exhausted`). Nothing is reserved: the order
 * redeems under a lock and may still find the last use taken.
 */
export async function validateCoupon(input: { actor: Actor; courseId: string; code: string }): Promise<CouponQuote> {
  const course = await findPurchasableCourse(input.courseId);
  return db.$transaction(async (tx) => {
    // FOR UPDATE here too: the per-person count must not race an order being placed by the same person.
    const { coupon, discount } = await checkCoupon(tx, await lockCoupon(tx, course.centerId, input.code), course, input.actor.userId, new Date());
    return { code: coupon.code, amount: course.priceAmount, discount, total: course.priceAmount - discount, currency: course.currency };
  });
}
