import { describe, expect, it } from "vitest";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop, ledgerOf, paymentMessage } from "@/lib/testing/commerce-factories";
import { createCoupon, createUser, unique } from "@/lib/testing/factories";
import { actorFor } from "@/lib/testing/staff-factories";
import { validateCoupon } from "../coupons/validate-coupon";
import { createOrder } from "./create-order";
import { expireStaleOrders } from "./expire-orders";
import { getMyOrder } from "./get-order";
import { ORDER_REFERENCE } from "./reference";

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe("orders", () => {
  it("snapshots price, discount and refund terms on a pending order with a provider reference and a sandbox checkout", async () => {
    const shop = await createShop({ priceAmount: 50_000 });
    const policy = await db.centerRefundPolicy.create({ data: { centerId: shop.center.id, refundWindowDays: 14, maxProgressPercent: 30, effectiveAt: new Date(Date.now() - 1000) } });
    const coupon = await createCoupon({ centerId: shop.center.id, courseId: shop.course.id, kind: "PERCENT", value: 10 });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay", couponCode: coupon.code.toLowerCase() });
    expect(order).toMatchObject({ status: "pending", amount: 50_000, discount: 5_000, total: 45_000, currency: "MMK", provider: "kbzpay" });
    expect(order.reference).toMatch(ORDER_REFERENCE);
    expect(order.checkout.qr).toEqual(expect.any(String));
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ centerId: shop.center.id, refundPolicyId: policy.id, couponId: coupon.id, providerCheckoutId: expect.any(String) });
    // A later price change does not touch the order.
    await db.course.update({ where: { id: shop.course.id }, data: { priceAmount: 99_000 } });
    expect((await getMyOrder({ actor: shop.actor, orderId: order.id, locale: "en" })).total).toBe(45_000);
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redeemedCount).toBe(1);
  });

  it("returns the same order for the same Idempotency-Key and refuses the key for another request", async () => {
    const shop = await createShop();
    const key = `key-${unique()}`;
    const [a, b] = await Promise.all([
      createOrder({ actor: shop.actor, locale: "en", idempotencyKey: key, courseId: shop.course.id, provider: "stripe" }),
      createOrder({ actor: shop.actor, locale: "en", idempotencyKey: key, courseId: shop.course.id, provider: "stripe" }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.order.count({ where: { userId: shop.buyer.id } })).toBe(1);
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: key, courseId: shop.course.id, provider: "dinger" }))).toBe("idempotency_key_reused");
  });

  it("refuses bad input with clear errors and writes nothing", async () => {
    const shop = await createShop();
    const usd = await db.course.update({ where: { id: shop.course.id }, data: { currency: "USD", priceAmount: 2_500 } });
    const before = await db.order.count();
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: usd.id, provider: "kbzpay" }))).toBe("provider_not_available");
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: "0195d3c4-0000-7000-8000-000000000009", provider: "stripe" }))).toBe("not_found");
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: usd.id, provider: "stripe", couponCode: "NOPE" }))).toBe("coupon_invalid");
    expect(await db.order.count()).toBe(before);
  });

  it("pays once: amount checked, duplicates and out-of-order events never move the order back", async () => {
    const shop = await createShop({ priceAmount: 30_000 });
    const order = await createOrder({ actor: shop.actor, locale: "my", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
    const wrong = await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: 29_000 }));
    expect(wrong.status).toBe("rejected");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
    expect((await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: 30_000, provider: "STRIPE" }))).status).toBe("rejected");
    expect((await applyVerifiedMessage(paymentMessage({ reference: "MMSO_UNKNOWN", total: 30_000 }))).status).toBe("rejected");

    const paid = paymentMessage({ reference: order.reference, total: 30_000 });
    expect((await applyVerifiedMessage(paid)).status).toBe("applied");
    expect((await applyVerifiedMessage(paid)).status).toBe("duplicate");
    // A late "failed" or "expired" after the payment changes nothing.
    expect((await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: 30_000 }, { outcome: "FAILED" }))).status).toBe("ignored");
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.status).toBe("PAID");
    expect(await db.enrollment.count({ where: { userId: shop.buyer.id, courseId: shop.course.id, status: "ACTIVE", orderId: order.id } })).toBe(1);
    const ledger = await ledgerOf(order.id);
    expect(ledger.map((l) => [l.type, l.amount])).toEqual([
      ["CENTER_NET", 27_000],
      ["GROSS", 30_000],
      ["PLATFORM_COMMISSION", -3_000],
    ]);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: { in: [`order:${order.id}:receipt`, `order:${order.id}:telegram`] } } })).toBe(2);
    expect(await db.providerEvent.count({ where: { orderId: order.id, error: "amount_mismatch" } })).toBe(1);
  });

  it("applies each event exactly once when deliveries are repeated, shuffled and concurrent", async () => {
    const shop = await createShop({ priceAmount: 20_000 });
    const orders = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const buyer = await createUser();
        return createOrder({ actor: actorFor(buyer), locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
      }),
    );
    const messages = orders.flatMap((order) => {
      const paid = paymentMessage({ reference: order.reference, total: 20_000 });
      const pending = paymentMessage({ reference: order.reference, total: 20_000 }, { outcome: "PENDING" });
      return [paid, paid, paid, pending, pending, pending];
    });
    messages.sort(() => Math.random() - 0.5);
    const outcomes = await Promise.all(messages.map((message) => applyVerifiedMessage(message)));
    expect(outcomes.filter((o) => o.status === "applied")).toHaveLength(5);
    for (const order of orders) {
      expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
      expect(await db.enrollment.count({ where: { orderId: order.id } })).toBe(1);
      expect(await db.ledgerEntry.count({ where: { orderId: order.id, type: "CENTER_NET" } })).toBe(1);
    }
    const gross = await db.ledgerEntry.aggregate({ where: { centerId: shop.center.id, type: { in: ["GROSS", "DISCOUNT"] } }, _sum: { amount: true } });
    expect(gross._sum.amount).toBe(5 * 20_000);
  });

  it("expires stale orders, gives the coupon use back, and still honours a payment that arrives late", async () => {
    const shop = await createShop();
    const coupon = await db.coupon.update({ where: { id: (await createCoupon({ centerId: shop.center.id })).id }, data: { maxRedemptions: 1 } });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "dinger", couponCode: coupon.code });
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await expireStaleOrders()).toBeGreaterThanOrEqual(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("EXPIRED");
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redeemedCount).toBe(0);
    expect((await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total, provider: "DINGER" }))).status).toBe("applied");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redeemedCount).toBe(1);
  });

  it("lets exactly one of 200 concurrent buyers redeem a coupon's last use; the rest get 409", async () => {
    const shop = await createShop();
    const coupon = await db.coupon.update({ where: { id: (await createCoupon({ centerId: shop.center.id, courseId: shop.course.id })).id }, data: { maxRedemptions: 5, redeemedCount: 4 } });
    const buyers = await Promise.all(Array.from({ length: 200 }, () => createUser()));
    const results = await Promise.all(
      buyers.map((buyer) => code(createOrder({ actor: actorFor(buyer), locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay", couponCode: coupon.code }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "coupon_exhausted")).toHaveLength(199);
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redeemedCount).toBe(5);
    expect(await db.couponRedemption.count({ where: { couponId: coupon.id } })).toBe(1);
  }, 120_000);

  it("answers a spent coupon at once, without a transaction, and still sells once a use is given back", async () => {
    const shop = await createShop();
    const coupon = await db.coupon.update({ where: { id: (await createCoupon({ centerId: shop.center.id, courseId: shop.course.id })).id }, data: { maxRedemptions: 3, redeemedCount: 3 } });
    const orders = await db.order.count();
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay", couponCode: ` ${coupon.code.toLowerCase()} ` }))).toBe("coupon_exhausted");
    expect(await db.order.count()).toBe(orders);
    await db.coupon.update({ where: { id: coupon.id }, data: { redeemedCount: 2 } });
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay", couponCode: coupon.code }))).toBe("ok");
  });

  it("validates coupons with their caps per person", async () => {
    const shop = await createShop({ priceAmount: 40_000 });
    const coupon = await db.coupon.update({ where: { id: (await createCoupon({ centerId: shop.center.id, kind: "FIXED", value: 5_000 })).id }, data: { maxPerUser: 1 } });
    expect(await validateCoupon({ actor: shop.actor, courseId: shop.course.id, code: coupon.code })).toMatchObject({ discount: 5_000, total: 35_000 });
    await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay", couponCode: coupon.code });
    expect(await code(validateCoupon({ actor: shop.actor, courseId: shop.course.id, code: coupon.code }))).toBe("coupon_exhausted");
    const other = await createShop();
    expect(await code(validateCoupon({ actor: shop.actor, courseId: other.course.id, code: coupon.code }))).toBe("coupon_invalid");
  });

  it("makes a 100% coupon order paid at once, and refuses a second purchase of an owned course", async () => {
    const shop = await createShop();
    const coupon = await createCoupon({ centerId: shop.center.id, value: 100 });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "stripe", couponCode: coupon.code });
    expect(order).toMatchObject({ status: "paid", total: 0, checkout: { url: null, qr: null } });
    expect(await code(createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "stripe" }))).toBe("already_enrolled");
  });
});
