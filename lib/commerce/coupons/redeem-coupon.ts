import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Coupon } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { couponDiscount, normaliseCouponCode, type PricedCourse } from "./discount";

/**
 * Finds a center's coupon by code and LOCKS its row (SELECT … FOR UPDATE) for the rest of the
 * transaction: every redemption of one coupon is serialised on that lock, so the total and
 * per-person caps hold however many buyers arrive at once.
 */
export async function lockCoupon(tx: Tx, centerId: string, code: string): Promise<Coupon | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM coupons WHERE center_id = ${centerId}::uuid AND code = ${normaliseCouponCode(code)} FOR UPDATE`;
  const id = rows[0]?.id;
  return id ? tx.coupon.findUnique({ where: { id } }) : null;
}

/**
 * Whether a coupon's total cap is already used up, read WITHOUT the lock: once a rush has spent
 * it, the losers hear so at once instead of each waiting its turn on the row lock to be told the
 * same (fault:coupon-race: 200 buyers took 39 s). A "not spent" is checked again under the lock.
 */
export async function couponSpent(centerId: string, code: string): Promise<boolean> {
  const coupon = await db.coupon.findFirst({ where: { centerId, code: normaliseCouponCode(code) }, select: { maxRedemptions: true, redeemedCount: true } });
  return coupon?.maxRedemptions != null && coupon.redeemedCount >= coupon.maxRedemptions;
}

/** The discount of a locked coupon for this buyer and course, after every rule and cap (422 / 409 otherwise). */
export async function checkCoupon(tx: Tx, coupon: Coupon | null, course: PricedCourse, userId: string, now: Date): Promise<{ coupon: Coupon; discount: number }> {
  if (!coupon) throw new AppError("coupon_invalid", { details: [{ path: "body.couponCode", code: "not_found" }] });
  const terms = couponDiscount(coupon, course, now);
  if (!terms.ok) throw new AppError("coupon_invalid", { details: [{ path: "body.couponCode", code: terms.reason }] });
  if (coupon.maxRedemptions !== null && coupon.redeemedCount >= coupon.maxRedemptions) throw new AppError("coupon_exhausted");
  if (coupon.maxPerUser !== null) {
    const mine = await tx.couponRedemption.count({ where: { couponId: coupon.id, userId, releasedAt: null } });
    if (mine >= coupon.maxPerUser) throw new AppError("coupon_exhausted");
  }
  return { coupon, discount: terms.discount };
}

/** Records the use on the order and counts it against the cap (call with the coupon row locked). */
export async function redeemCoupon(tx: Tx, input: { coupon: Coupon; orderId: string; userId: string; discount: number }): Promise<void> {
  const { coupon, orderId, userId, discount } = input;
  await tx.couponRedemption.create({ data: { centerId: coupon.centerId, couponId: coupon.id, orderId, userId, discountAmount: discount, currency: coupon.currency } });
  await tx.coupon.update({ where: { id: coupon.id }, data: { redeemedCount: { increment: 1 } } });
}

/**
 * Gives a use back when its order did not go through (failed, cancelled, expired): caps count only
 * live uses. Idempotent: a released redemption stays released.
 */
export async function releaseRedemption(tx: Tx, orderId: string, now: Date): Promise<void> {
  const released = await tx.couponRedemption.updateManyAndReturn({ where: { orderId, releasedAt: null }, data: { releasedAt: now }, select: { couponId: true } });
  for (const { couponId } of released) await tx.coupon.update({ where: { id: couponId }, data: { redeemedCount: { decrement: 1 } } });
}
