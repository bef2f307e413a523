import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { refundOrder } from "@/lib/commerce/refunds/refund-order";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createCoupon, createCourse, createUser, unique } from "@/lib/testing/factories";
import { actorFor, addStaff } from "@/lib/testing/staff-factories";
import { financeReport } from "./finance-report";

const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

type Buy = { courseId: string; provider: "kbzpay" | "stripe"; at: string; couponCode?: string; fee?: number; method?: string; currency?: "MMK" | "USD" };

async function buy({ courseId, provider, at, couponCode, fee, method, currency }: Buy) {
  const actor = actorFor(await createUser());
  const order = await createOrder({ actor, locale: "en", idempotencyKey: null, courseId, provider, couponCode });
  const message = paymentMessage(
    { reference: order.reference, total: order.total, currency, provider: provider.toUpperCase() as "KBZPAY" | "STRIPE" },
    { occurredAt: new Date(at), feeAmount: fee ?? null, method: method ?? "KBZ Pay" },
  );
  expect((await applyVerifiedMessage(message)).status).toBe("applied");
  return order;
}

/**
 * One center, commission 10 %: A 40,000 (kbzpay, 10 Jan), B 40,000 − 5,000 coupon paid at 00:30
 * Yangon on 1 Feb (still 31 Jan in UTC), C 20,000 by card with a 880 fee (10 Feb), 10,000 of A
 * refunded on 15 Feb, and D a USD course by card (20 Feb).
 */
async function sales() {
  const shop = await createShop({ priceAmount: 40_000, commissionRateBps: 1000 });
  const excel = await createCourse({ centerId: shop.center.id, categoryId: shop.category.id, priceAmount: 20_000, titleEn: "Excel", titleMy: "အက်ဆယ်" });
  const dollars = await createCourse({ centerId: shop.center.id, categoryId: shop.category.id, priceAmount: 2_500 });
  await db.course.update({ where: { id: dollars.id }, data: { currency: "USD" } });
  const coupon = await createCoupon({ centerId: shop.center.id, kind: "FIXED", value: 5_000 });
  const owner = await addStaff(shop.center.id, "OWNER");
  const access = await getCenterAccess(owner.actor, shop.center.id);

  const a = await buy({ courseId: shop.course.id, provider: "kbzpay", at: "2026-01-10T05:00:00Z" });
  await buy({ courseId: shop.course.id, provider: "kbzpay", at: "2026-01-31T18:00:00Z", couponCode: coupon.code });
  await buy({ courseId: excel.id, provider: "stripe", at: "2026-02-10T03:00:00Z", fee: 880, method: "card" });
  const refund = await refundOrder(access, { orderId: a.id, amount: 10_000, reason: "Wrong course", manualReference: unique("KBZ"), discretionary: true });
  await db.ledgerEntry.updateMany({ where: { refundId: refund.refundId }, data: { occurredAt: new Date("2026-02-15T04:00:00Z") } });
  await buy({ courseId: dollars.id, provider: "stripe", at: "2026-02-20T03:00:00Z", fee: 103, method: "card", currency: "USD" });
  return { shop, excel, access };
}

const period = { from: "2026-01-01", to: "2026-02-28" };

describe("financeReport", () => {
  it("adds up paid, discounted and refunded orders per month and currency from the ledger", async () => {
    const { access } = await sales();
    const report = await financeReport(access, { ...period, groupBy: "month" });
    expect(report.totals).toEqual([
      { currency: "MMK", gross: 100_000, discounts: -5_000, refunds: -10_000, providerFees: -880, commission: -8_500, net: 75_620, orders: 3 },
      { currency: "USD", gross: 2_500, discounts: 0, refunds: 0, providerFees: -103, commission: -250, net: 2_147, orders: 1 },
    ]);
    expect(report.rows).toEqual([
      { key: "2026-01-01", currency: "MMK", gross: 40_000, discounts: 0, refunds: 0, providerFees: 0, commission: -4_000, net: 36_000, orders: 1 },
      { key: "2026-02-01", currency: "MMK", gross: 60_000, discounts: -5_000, refunds: -10_000, providerFees: -880, commission: -4_500, net: 39_620, orders: 2 },
      { key: "2026-02-01", currency: "USD", gross: 2_500, discounts: 0, refunds: 0, providerFees: -103, commission: -250, net: 2_147, orders: 1 },
    ]);
    for (const row of report.rows) expect(row.gross + row.discounts + row.refunds + row.providerFees + row.commission).toBe(row.net);
    // The period is Yangon days: only January leaves out B (paid 00:30 on 1 Feb in Yangon).
    const january = await financeReport(access, { from: "2026-01-01", to: "2026-01-31", groupBy: "month" });
    expect(january.totals).toEqual([{ currency: "MMK", gross: 40_000, discounts: 0, refunds: 0, providerFees: 0, commission: -4_000, net: 36_000, orders: 1 }]);
  });

  it("groups by day, week (from Monday), course and payment method", async () => {
    const { shop, excel, access } = await sales();
    const keys = async (groupBy: "day" | "week") => (await financeReport(access, { ...period, groupBy })).rows.map((row) => `${row.key} ${row.currency} ${row.net}`);
    expect(await keys("day")).toEqual(["2026-01-10 MMK 36000", "2026-02-01 MMK 31500", "2026-02-10 MMK 17120", "2026-02-15 MMK -9000", "2026-02-20 USD 2147"]);
    expect(await keys("week")).toEqual(["2026-01-05 MMK 36000", "2026-01-26 MMK 31500", "2026-02-09 MMK 8120", "2026-02-16 USD 2147"]);
    const courses = await financeReport(access, { ...period, groupBy: "course" }, "my");
    expect(courses.rows.map((row) => [row.course?.id, row.course?.title, row.currency, row.net, row.orders])).toEqual([
      [shop.course.id, expect.stringContaining("သင်တန်း"), "MMK", 58_500, 2],
      [excel.id, "အက်ဆယ်", "MMK", 17_120, 1],
      [expect.any(String), expect.any(String), "USD", 2_147, 1],
    ]);
    const methods = await financeReport(access, { ...period, groupBy: "method" });
    expect(methods.rows.map((row) => [row.method, row.currency, row.gross, row.net, row.orders])).toEqual([
      [{ provider: "kbzpay", name: "KBZ Pay" }, "MMK", 80_000, 58_500, 2],
      [{ provider: "stripe", name: "card" }, "MMK", 20_000, 17_120, 1],
      [{ provider: "stripe", name: "card" }, "USD", 2_500, 2_147, 1],
    ]);
  });

  it("validates the period", async () => {
    const shop = await createShop();
    const access = await getCenterAccess((await addStaff(shop.center.id, "OWNER")).actor, shop.center.id);
    await expect(financeReport(access, { from: "2026-02-01", to: "2026-01-31", groupBy: "day" })).rejects.toThrow("before_from");
    await expect(financeReport(access, { from: "2025-01-01", to: "2026-01-02", groupBy: "day" })).rejects.toThrow("range_too_long");
    await expect(financeReport(access, { from: "2024-01-01", to: "2024-12-31", groupBy: "day" })).resolves.toMatchObject({ rows: [], totals: [] });
    await expect(financeReport(access, { from: "1 Jan", to: "2026-01-31", groupBy: "day" })).rejects.toThrow();
    await expect(financeReport(access, { from: "2026-01-01", to: "2026-01-31", groupBy: "year" as "day" })).rejects.toThrow();
  });

  it("keeps centers apart and is closed to instructors", async () => {
    const { shop } = await sales();
    const other = await createShop();
    const stranger = await addStaff(other.center.id, "OWNER");
    expect(await code(getCenterAccess(stranger.actor, shop.center.id))).toBe("not_found");
    const own = await financeReport(await getCenterAccess(stranger.actor, other.center.id), { ...period, groupBy: "course" });
    expect(own).toMatchObject({ rows: [], totals: [] });
    const instructor = await addStaff(shop.center.id, "INSTRUCTOR");
    expect(await code(financeReport(await getCenterAccess(instructor.actor, shop.center.id), { ...period, groupBy: "month" }))).toBe("forbidden");
  });
});
