import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { describeError, log } from "@/lib/log";
import { normaliseCouponCode } from "../coupons/discount";
import { checkCoupon, couponSpent, lockCoupon, redeemCoupon, releaseRedemption } from "../coupons/redeem-coupon";
import { paymentProvider } from "../providers/registry";
import type { ProviderName } from "../providers/types";
import { orderSelect, toOrderDto, type OrderDto } from "./order-dto";
import { findPurchasableCourse, type PurchasableCourse } from "./purchasable-course";
import { newOrderReference } from "./reference";
import { fulfilOrder } from "../payments/fulfil-order";

/** How long a pending order can be paid: KBZPay QR codes and Stripe sessions are made to end with it. */
export const ORDER_TTL_MINUTES = 30;

export const createOrderInput = z.object({
  courseId: z.uuid(),
  provider: z.enum(["stripe", "dinger", "kbzpay"]),
  couponCode: z.string().trim().min(1).max(40).optional(),
});
export type CreateOrderInput = z.infer<typeof createOrderInput>;

/** Idempotency-Key header: any visible ASCII, 8–100 characters (a UUID is typical). */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7E]{8,100}$/);

/**
 * `POST /api/v1/orders` and the web checkout (flows.md, flow 3). In one transaction: the price,
 * discount, currency, center and the center's refund terms are snapshotted on a new PENDING order
 * with an unguessable reference, and the coupon is redeemed under its row lock (caps cannot be
 * overrun). Then, outside the transaction (a network call), the provider's checkout is started;
 * if that fails the order is FAILED and the coupon use given back (502 `provider_error`).
 * The same Idempotency-Key from the same person returns the same order; reused for another
 * request it is 409 `idempotency_key_reused`. A free order (a 100% coupon) is paid at once.
 */
export async function createOrder(input: { actor: Actor; locale: Locale; idempotencyKey: string | null } & CreateOrderInput): Promise<OrderDto> {
  const { actor, locale, idempotencyKey } = input;
  const provider = input.provider.toUpperCase() as ProviderName;
  if (idempotencyKey) {
    const existing = await findByIdempotencyKey(actor.userId, idempotencyKey, input, locale);
    if (existing) return existing;
  }
  // Independent reads side by side: a checkout is a dozen statements, and each waits its turn on
  // a busy pool (bench:api). The course is checked first, as before, so a missing one is 404.
  const [course, enrolled, buyer] = await Promise.all([
    findPurchasableCourse(input.courseId),
    isEnrolled(actor.userId, input.courseId),
    db.user.findUnique({ where: { id: actor.userId }, select: { name: true } }),
  ]);
  const adapter = paymentProvider(provider);
  if (!adapter.currencies.includes(course.currency)) throw new AppError("provider_not_available", { details: [{ path: "body.provider", code: "currency_not_supported" }] });
  if (enrolled) throw new AppError("already_enrolled");
  if (input.couponCode && (await couponSpent(course.centerId, input.couponCode))) throw new AppError("coupon_exhausted");

  let placed: PlacedOrder;
  try {
    placed = await db.$transaction((tx) => placeOrder(tx, { actor, course, provider, couponCode: input.couponCode, idempotencyKey }), {
      // Buyers of one coupon queue on its row lock: let them wait rather than fail.
      maxWait: 15_000,
      timeout: 15_000,
    });
  } catch (error) {
    // Two requests with one Idempotency-Key: the loser answers with the winner's order.
    if (idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await findByIdempotencyKey(actor.userId, idempotencyKey, input, locale);
      if (existing) return existing;
    }
    throw error;
  }
  // A free order was paid inside the transaction; any other is PENDING until its provider says so.
  if (placed.totalAmount > 0) return toOrderDto(await startCheckout(placed, course, provider, locale, buyer?.name), locale);
  return toOrderDto(await db.order.findUniqueOrThrow({ where: { id: placed.id }, select: orderSelect }), locale);
}

type PlacedOrder = { id: string; reference: string; totalAmount: number; currency: PurchasableCourse["currency"]; expiresAt: Date | null };

async function placeOrder(
  tx: Tx,
  input: { actor: Actor; course: PurchasableCourse; provider: ProviderName; couponCode?: string; idempotencyKey: string | null },
): Promise<PlacedOrder> {
  const { actor, course, provider } = input;
  const now = new Date();
  const redemption = input.couponCode ? await checkCoupon(tx, await lockCoupon(tx, course.centerId, input.couponCode), course, actor.userId, now) : null;
  const discount = redemption?.discount ?? 0;
  const policy = await tx.centerRefundPolicy.findFirst({ where: { centerId: course.centerId, effectiveAt: { lte: now } }, orderBy: { effectiveAt: "desc" }, select: { id: true } });
  const order = await tx.order.create({
    data: {
      reference: newOrderReference(),
      userId: actor.userId,
      centerId: course.centerId,
      courseId: course.id,
      provider,
      unitAmount: course.priceAmount,
      discountAmount: discount,
      totalAmount: course.priceAmount - discount,
      currency: course.currency,
      couponId: redemption?.coupon.id ?? null,
      refundPolicyId: policy?.id ?? null,
      idempotencyKey: input.idempotencyKey,
      expiresAt: new Date(now.getTime() + ORDER_TTL_MINUTES * 60_000),
    },
    select: { id: true, reference: true, totalAmount: true, currency: true, expiresAt: true },
  });
  if (redemption) await redeemCoupon(tx, { coupon: redemption.coupon, orderId: order.id, userId: actor.userId, discount });
  if (order.totalAmount === 0) await fulfilOrder(tx, { orderId: order.id, payment: null, now });
  return order;
}

/** Starts the provider's checkout of a PENDING order and answers the order as it now stands. */
async function startCheckout(order: PlacedOrder, course: PurchasableCourse, provider: ProviderName, locale: Locale, buyerName: string | null | undefined) {
  try {
    const checkout = await paymentProvider(provider).createCheckout({
      id: order.id,
      reference: order.reference,
      totalAmount: order.totalAmount,
      currency: order.currency,
      itemName: localized(course.titleEn, course.titleMy, locale).slice(0, 120),
      customerName: buyerName?.trim() || "MMSO student",
      expiresAt: order.expiresAt ?? new Date(Date.now() + ORDER_TTL_MINUTES * 60_000),
      returnUrl: new URL(`/checkout/orders/${order.id}`, env().APP_URL).toString(),
    });
    return await db.order.update({
      where: { id: order.id },
      data: { providerCheckoutId: checkout.providerCheckoutId, checkoutUrl: checkout.url, checkoutQr: checkout.qr },
      select: orderSelect,
    });
  } catch (error) {
    log.error("commerce.checkout_failed", { orderId: order.id, provider, ...describeError(error) });
    await db.$transaction(async (tx) => {
      const { count } = await tx.order.updateMany({ where: { id: order.id, status: "PENDING" }, data: { status: "FAILED", failedAt: new Date() } });
      if (count === 1) await releaseRedemption(tx, order.id, new Date());
    });
    throw new AppError("provider_error", { cause: error });
  }
}

async function findByIdempotencyKey(userId: string, key: string, input: CreateOrderInput, locale: Locale): Promise<OrderDto | null> {
  const order = await db.order.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: key } },
    select: { ...orderSelect, courseId: true, coupon: { select: { code: true } } },
  });
  if (!order) return null;
  const sameRequest = order.courseId === input.courseId && order.provider === input.provider.toUpperCase() && (order.coupon?.code ?? null) === (input.couponCode ? normaliseCouponCode(input.couponCode) : null);
  if (!sameRequest) throw new AppError("idempotency_key_reused");
  return toOrderDto(order, locale);
}

async function isEnrolled(userId: string, courseId: string): Promise<boolean> {
  const enrollment = await db.enrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { status: true, expiresAt: true } });
  return Boolean(enrollment && enrollment.status === "ACTIVE" && (!enrollment.expiresAt || enrollment.expiresAt > new Date()));
}
