import { describe, expect, it } from "vitest";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { AppError } from "@/lib/http/errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createCoupon, createUser } from "@/lib/testing/factories";
import { actorFor } from "@/lib/testing/staff-factories";
import { checkoutMethodsFor } from "./checkout-methods";
import { createOrder } from "./create-order";
import { getMyReceipt } from "./get-receipt";

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe("getMyReceipt", () => {
  it("shows the buyer's paid order with its center, discount and payment method", async () => {
    const shop = await createShop({ priceAmount: 40_000 });
    const coupon = await createCoupon({ centerId: shop.center.id, kind: "FIXED", value: 5_000 });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay", couponCode: coupon.code });

    const pending = await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "my" });
    expect(pending).toMatchObject({ status: "pending", method: null, paidAt: null, center: { slug: shop.center.slug, name: shop.center.nameMy } });

    await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: 35_000 }, { method: "MMQR" }));
    const receipt = await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "en" });
    expect(receipt).toMatchObject({
      id: order.id,
      reference: order.reference,
      status: "paid",
      provider: "kbzpay",
      method: "MMQR",
      amount: 40_000,
      discount: 5_000,
      total: 35_000,
      refunded: 0,
      currency: "MMK",
      course: { id: shop.course.id },
      center: { slug: shop.center.slug, name: shop.center.nameEn },
      checkout: { url: null, qr: null },
    });
    expect(receipt.paidAt).not.toBeNull();
  });

  it("answers another person's order exactly like a missing one", async () => {
    const shop = await createShop();
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "stripe" });
    const stranger = actorFor(await createUser());
    expect(await code(getMyReceipt({ actor: stranger, orderId: order.id, locale: "en" }))).toBe("not_found");
    expect(await code(getMyReceipt({ actor: shop.actor, orderId: "0196f3a2-7c1b-7d2e-8f00-123456789012", locale: "en" }))).toBe("not_found");
  });
});

describe("checkoutMethodsFor", () => {
  it("offers the local wallets for kyat only, and cards for both currencies", () => {
    expect(checkoutMethodsFor("MMK")).toEqual(["kbzpay", "dinger", "stripe"]);
    expect(checkoutMethodsFor("USD")).toEqual(["stripe"]);
  });
});
