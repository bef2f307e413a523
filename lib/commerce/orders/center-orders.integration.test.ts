import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createCourse, createUser, unique } from "@/lib/testing/factories";
import { actorFor, addStaff, createPlatformAdmin } from "@/lib/testing/staff-factories";
import { refundOrder } from "../refunds/refund-order";
import { createOrder } from "./create-order";
import { getCenterOrder } from "./get-center-order";
import { listCenterOrders } from "./list-center-orders";

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

type Shop = Awaited<ReturnType<typeof createShop>>;

/** A new buyer (with a phone and an email) orders the shop's course and, unless told otherwise, pays. */
async function order(shop: Shop, options: { provider?: "kbzpay" | "dinger" | "stripe"; pay?: boolean; buyerName?: string } = {}) {
  const provider = options.provider ?? "kbzpay";
  const buyer = await createUser({ name: options.buyerName ?? unique("Buyer"), email: `${unique("buyer")}@example.com` });
  const created = await createOrder({ actor: actorFor(buyer), locale: "en", idempotencyKey: null, courseId: shop.course.id, provider });
  if (options.pay !== false) {
    const paid = paymentMessage({ reference: created.reference, total: created.total, provider: provider.toUpperCase() as "KBZPAY" }, { transactionId: unique("txn"), method: "KBZ Pay" });
    expect((await applyVerifiedMessage(paid)).status).toBe("applied");
  }
  return { ...created, buyer };
}

async function ownerAccess(centerId: string) {
  const owner = await addStaff(centerId, "OWNER");
  return getCenterAccess(owner.actor, centerId);
}

describe("center orders (policy S5)", () => {
  it("lists the center's orders newest first with course, buyer name only, totals and status; filters, searches and pages", async () => {
    const shop = await createShop({ priceAmount: 40_000 });
    const access = await ownerAccess(shop.center.id);
    const first = await order(shop, { buyerName: "Aung Aung" });
    const second = await order(shop, { pay: false });
    const third = await order(shop, { provider: "dinger" });

    const all = await listCenterOrders(access, { limit: 20 }, "en");
    expect(all.items.map((item) => item.id)).toEqual([third.id, second.id, first.id]);
    expect(all.nextCursor).toBeNull();
    const row = all.items.find((item) => item.id === first.id)!;
    expect(row).toEqual({
      id: first.id,
      reference: first.reference,
      status: "paid",
      provider: "kbzpay",
      course: { id: shop.course.id, title: shop.course.titleEn },
      buyer: { name: "Aung Aung" },
      total: 40_000,
      refunded: 0,
      currency: "MMK",
      createdAt: expect.any(String),
      paidAt: expect.any(String),
    });
    // Name only: no phone or email of the buyer reaches the staff's list.
    const json = JSON.stringify(all);
    for (const buyer of [first.buyer, second.buyer, third.buyer]) {
      expect(json).not.toContain(buyer.phone!);
      expect(json).not.toContain(buyer.email!);
    }
    expect((await listCenterOrders(access, { limit: 20 }, "my")).items[0]?.course.title).toBe(shop.course.titleMy);

    expect((await listCenterOrders(access, { limit: 20, status: "pending" }, "en")).items.map((item) => item.id)).toEqual([second.id]);
    expect((await listCenterOrders(access, { limit: 20, status: "paid" }, "en")).items.map((item) => item.id)).toEqual([third.id, first.id]);
    const part = first.reference.slice(5, 12).toLowerCase();
    expect((await listCenterOrders(access, { limit: 20, reference: part }, "en")).items.map((item) => item.id)).toEqual([first.id]);
    expect((await listCenterOrders(access, { limit: 20, reference: "NO_SUCH_REF" }, "en")).items).toEqual([]);
    await expect(listCenterOrders(access, { limit: 20, reference: "x'; --" }, "en")).rejects.toBeInstanceOf(ZodError);

    const page1 = await listCenterOrders(access, { limit: 2 }, "en");
    expect(page1.items.map((item) => item.id)).toEqual([third.id, second.id]);
    const page2 = await listCenterOrders(access, { limit: 2, cursor: page1.nextCursor! }, "en");
    expect(page2).toEqual({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });
  });

  it("shows one order with its payments, refunds and what can be refunded now, following the terms it was sold under", async () => {
    const shop = await createShop({ priceAmount: 30_000 });
    await db.centerRefundPolicy.create({ data: { centerId: shop.center.id, refundWindowDays: 10, maxProgressPercent: 50, effectiveAt: new Date(Date.now() - 1000) } });
    const access = await ownerAccess(shop.center.id);
    const placed = await order(shop);

    const fresh = await getCenterOrder(access, { orderId: placed.id }, "en");
    expect(fresh).toMatchObject({
      id: placed.id,
      status: "paid",
      buyer: { name: placed.buyer.name },
      total: 30_000,
      payments: [{ provider: "kbzpay", method: "KBZ Pay", status: "succeeded", amount: 30_000, currency: "MMK", transactionId: expect.stringMatching(/^txn-/) }],
      refunds: [],
      terms: { refundWindowDays: 10, maxProgressPercent: 50, standard: false },
      refund: { refundable: 30_000, blockedBy: null, outsideTerms: null, manualReferenceRequired: true },
      requests: [],
    });
    expect(JSON.stringify(fresh)).not.toContain(placed.buyer.phone!);

    await refundOrder(access, { orderId: placed.id, amount: 10_000, reason: "Wrong course", manualReference: "KBZ-778" });
    const partly = await getCenterOrder(access, { orderId: placed.id }, "en");
    expect(partly).toMatchObject({ status: "partially_refunded", refunded: 10_000, refund: { refundable: 20_000, blockedBy: null } });
    expect(partly.refunds).toEqual([
      expect.objectContaining({ amount: 10_000, status: "succeeded", reason: "Wrong course", reference: "KBZ-778", manual: true, requestedBy: expect.any(String), processedBy: expect.any(String), processedAt: expect.any(String) }),
    ]);
    // The page's promise and refundOrder agree: past the window, a refund is only at the center's discretion.
    const late = new Date(Date.now() + 11 * 86_400_000);
    expect((await getCenterOrder(access, { orderId: placed.id }, "en", late)).refund).toMatchObject({ refundable: 20_000, blockedBy: null, outsideTerms: "outside_window" });

    await refundOrder(access, { orderId: placed.id, reason: "Cancelled", manualReference: "KBZ-779" });
    expect((await getCenterOrder(access, { orderId: placed.id }, "en")).refund).toMatchObject({ refundable: 0, blockedBy: "not_paid", outsideTerms: null });

    const pending = await order(shop, { pay: false, provider: "stripe" });
    expect(await getCenterOrder(access, { orderId: pending.id }, "en")).toMatchObject({ status: "pending", payments: [], refund: { blockedBy: "not_paid", manualReferenceRequired: false } });
  });

  it("explains a refund outside the terms by course progress, and one blocked by a refund still being processed", async () => {
    const shop = await createShop({ priceAmount: 20_000 });
    const access = await ownerAccess(shop.center.id);
    const placed = await order(shop);
    // Standard terms (no policy published): 7 days, below 20% progress. Both lessons done: 100%.
    const lessons = await db.lesson.findMany({ where: { courseId: shop.course.id }, select: { id: true } });
    await db.lessonProgress.createMany({ data: lessons.map((lesson) => ({ userId: placed.buyer.id, courseId: shop.course.id, lessonId: lesson.id, completedAt: new Date() })) });
    expect(await getCenterOrder(access, { orderId: placed.id }, "en")).toMatchObject({ terms: { refundWindowDays: 7, maxProgressPercent: 20, standard: true }, refund: { blockedBy: null, outsideTerms: "too_much_progress", refundable: 20_000 } });
    expect(await code(refundOrder(access, { orderId: placed.id, reason: "x", manualReference: "y" }))).toBe("refund_not_allowed");
    expect(await refundOrder(access, { orderId: placed.id, reason: "Goodwill", manualReference: "KBZ-9", discretionary: true })).toMatchObject({ orderStatus: "REFUNDED" });

    const other = await order(shop);
    await db.refund.create({ data: { centerId: shop.center.id, orderId: other.id, provider: "KBZPAY", amount: 20_000, currency: "MMK", reason: "In flight", status: "PROCESSING" } });
    expect((await getCenterOrder(access, { orderId: other.id }, "en")).refund).toMatchObject({ blockedBy: "nothing_left", refundable: 0 });
  });

  it("keeps centers apart: another center's staff get 404 for the center, its orders and refunds; an instructor gets 403", async () => {
    const shopA = await createShop();
    const shopB = await createShop();
    const ownerA = await addStaff(shopA.center.id, "OWNER");
    const accessA = await getCenterAccess(ownerA.actor, shopA.center.id);
    const orderA = await order(shopA);
    const orderB = await order(shopB);

    expect(await code(getCenterAccess(ownerA.actor, shopB.center.id))).toBe("not_found");
    expect((await listCenterOrders(accessA, { limit: 100 }, "en")).items.map((item) => item.id)).toEqual([orderA.id]);
    expect((await listCenterOrders(accessA, { limit: 100, reference: orderB.reference }, "en")).items).toEqual([]);
    expect(await code(getCenterOrder(accessA, { orderId: orderB.id }, "en"))).toBe("not_found");
    expect(await code(refundOrder(accessA, { orderId: orderB.id, reason: "x", manualReference: "y" }))).toBe("not_found");

    const instructor = await addStaff(shopA.center.id, "INSTRUCTOR");
    const instructorAccess = await getCenterAccess(instructor.actor, shopA.center.id);
    expect(await code(listCenterOrders(instructorAccess, { limit: 20 }, "en"))).toBe("forbidden");
    expect(await code(getCenterOrder(instructorAccess, { orderId: orderA.id }, "en"))).toBe("forbidden");
    expect(await code(refundOrder(instructorAccess, { orderId: orderA.id, reason: "x", manualReference: "y" }))).toBe("forbidden");
    expect(await db.refund.count({ where: { orderId: { in: [orderA.id, orderB.id] } } })).toBe(0);

    // The operator reads any center's orders but does not refund them (the center's business).
    const operator = await createPlatformAdmin();
    const operatorAccess = await getCenterAccess(operator.actor, shopB.center.id);
    expect((await getCenterOrder(operatorAccess, { orderId: orderB.id }, "en")).id).toBe(orderB.id);
    expect(await code(refundOrder(operatorAccess, { orderId: orderB.id, reason: "x", manualReference: "y" }))).toBe("forbidden");
  });

  it("shows a course's title in the other language when one is missing, and a deleted buyer as no one", async () => {
    const shop = await createShop();
    const course = await createCourse({ centerId: shop.center.id, categoryId: shop.category.id, titleEn: null, titleMy: "မြန်မာ သင်တန်း", priceAmount: 10_000 });
    const access = await ownerAccess(shop.center.id);
    const placed = await order({ ...shop, course });
    await db.order.update({ where: { id: placed.id }, data: { userId: null } });
    expect((await getCenterOrder(access, { orderId: placed.id }, "en"))).toMatchObject({ course: { title: "မြန်မာ သင်တန်း" }, buyer: null });
  });
});
