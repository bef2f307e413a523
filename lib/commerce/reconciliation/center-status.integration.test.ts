import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop } from "@/lib/testing/commerce-factories";
import { addStaff } from "@/lib/testing/staff-factories";
import { getCenterReconciliationStatus } from "./center-status";

async function shopWithOrder() {
  const shop = await createShop({ priceAmount: 30_000 });
  const admin = await addStaff(shop.center.id, "ADMIN");
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
  return { shop, admin, order, access: await getCenterAccess(admin.actor, shop.center.id) };
}

const item = (order: { id: string; reference: string }, repair?: string) => ({
  kind: "missing_on_our_side",
  orderId: order.id,
  reference: order.reference,
  provider: "KBZPAY",
  orderStatus: "PENDING",
  orderAmount: 30_000,
  providerStatus: "PAID",
  providerAmount: 30_000,
  currency: "MMK",
  transactionId: null,
  ...(repair ? { repair } : {}),
});

async function recordRun(items: unknown[]) {
  const now = Date.now();
  await db.reconciliationRun.create({
    data: { mode: "sandbox", startedAt: new Date(now - 2_000), finishedAt: new Date(now), windowStart: new Date(now - 86_400_000), windowEnd: new Date(now), counts: {}, items: items as object[] },
  });
}

describe("a center's reconciliation status (finance page)", () => {
  it("counts only the center's own orders: repaired and still open, never another center's", async () => {
    const a = await shopWithOrder();
    const a2 = await createOrder({ actor: a.shop.actor, locale: "en", idempotencyKey: null, courseId: a.shop.course.id, provider: "kbzpay" });
    const b = await shopWithOrder();
    expect(await getCenterReconciliationStatus(a.access)).toBeNull();

    await recordRun([item(a.order, "applied"), item(a2, "not_confirmed"), item(b.order, "failed"), item(b.order, "failed"), { kind: "missing_on_our_side", orderId: null, reference: "UNKNOWN1" }]);
    expect(await getCenterReconciliationStatus(a.access)).toMatchObject({ open: 1, repaired: 1 });
    expect(await getCenterReconciliationStatus(b.access)).toMatchObject({ open: 1, repaired: 0 });
  });

  it("reads the latest run only, and is for those who may read orders", async () => {
    const a = await shopWithOrder();
    await recordRun([item(a.order, "failed")]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordRun([]);
    expect(await getCenterReconciliationStatus(a.access)).toMatchObject({ open: 0, repaired: 0 });

    const instructor = await addStaff(a.shop.center.id, "INSTRUCTOR");
    const denied = await getCenterReconciliationStatus(await getCenterAccess(instructor.actor, a.shop.center.id)).catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(AppError);
    expect((denied as AppError).code).toBe("forbidden");
  });
});
