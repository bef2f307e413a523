import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { unique } from "@/lib/testing/factories";
import { addStaff } from "@/lib/testing/staff-factories";
import { refundOrder } from "./refund-order";

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? `${error.code}:${JSON.stringify(error.details ?? "")}` : String(error)));
const balance = async (centerId: string) =>
  (await db.ledgerEntry.aggregate({ where: { centerId, type: { in: ["CENTER_NET", "REFUND", "PAYOUT"] } }, _sum: { amount: true } }))._sum.amount ?? 0;

async function paidOrder(provider: "kbzpay" | "dinger" | "stripe" = "kbzpay", priceAmount = 40_000) {
  const shop = await createShop({ priceAmount });
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider });
  const paid = paymentMessage({ reference: order.reference, total: order.total, provider: provider.toUpperCase() as "KBZPAY" }, { transactionId: unique("txn") });
  expect((await applyVerifiedMessage(paid)).status).toBe("applied");
  const owner = await addStaff(shop.center.id, "OWNER");
  const access = await getCenterAccess(owner.actor, shop.center.id);
  return { shop, order, access, owner };
}

describe("refunds", () => {
  it("refunds a local-provider order in parts with its manual reference; the full refund revokes access and zeroes the center's balance", async () => {
    const { shop, order, access } = await paidOrder("kbzpay", 40_000);
    expect(await balance(shop.center.id)).toBe(36_000);
    expect(await code(refundOrder(access, { orderId: order.id, amount: 10_000, reason: "Wrong course" }))).toContain("validation_failed");
    const first = await refundOrder(access, { orderId: order.id, amount: 10_000, reason: "Wrong course", manualReference: "KBZ-REF-1" });
    expect(first).toMatchObject({ status: "SUCCEEDED", orderStatus: "PARTIALLY_REFUNDED" });
    expect(await db.enrollment.count({ where: { orderId: order.id, status: "ACTIVE" } })).toBe(1);
    expect(await code(refundOrder(access, { orderId: order.id, amount: 30_001, reason: "Too much", manualReference: "KBZ-REF-2" }))).toContain("more_than_refundable");
    const rest = await refundOrder(access, { orderId: order.id, reason: "Cancelled by the student", manualReference: "KBZ-REF-2" });
    expect(rest).toMatchObject({ amount: 30_000, orderStatus: "REFUNDED" });
    expect(await db.enrollment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "REVOKED", revocationReason: "REFUND" });
    expect(await balance(shop.center.id)).toBe(0);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `order:${order.id}:telegram-revoke` } })).toBe(1);
    expect(await code(refundOrder(access, { orderId: order.id, reason: "Again", manualReference: "X" }))).toContain("not_paid");
  });

  it("follows the terms the order was sold under", async () => {
    const { shop, order, access } = await paidOrder("dinger", 30_000);
    await db.order.update({ where: { id: order.id }, data: { paidAt: new Date(Date.now() - 8 * 86_400_000) } });
    expect(await code(refundOrder(access, { orderId: order.id, reason: "Late", manualReference: "D-1" }))).toContain("outside_window");
    // Terms published after the sale do not apply to it.
    await db.centerRefundPolicy.create({ data: { centerId: shop.center.id, refundWindowDays: 30, effectiveAt: new Date() } });
    expect(await code(refundOrder(access, { orderId: order.id, reason: "Late", manualReference: "D-1" }))).toContain("outside_window");
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    // Outside the terms, the center may still refund at its discretion, which the log records.
    const goodwill = await refundOrder(access, { orderId: order.id, reason: "Late", manualReference: "D-1", discretionary: true });
    expect(goodwill).toMatchObject({ status: "SUCCEEDED", orderStatus: "REFUNDED" });
    expect((await db.activityLog.findFirstOrThrow({ where: { action: "order.refunded", targetId: order.id } })).metadata).toMatchObject({ refundId: goodwill.refundId, discretionary: true, outsideTerms: "outside_window", settlesRequest: false });
  });

  it("keeps centers apart: another center's staff cannot refund, an instructor may not", async () => {
    const { order } = await paidOrder("kbzpay");
    const other = await createShop();
    const stranger = await addStaff(other.center.id, "OWNER");
    const strangerAccess = await getCenterAccess(stranger.actor, other.center.id);
    expect(await code(refundOrder(strangerAccess, { orderId: order.id, reason: "x", manualReference: "y" }))).toContain("not_found");
    const instructor = await addStaff(order.id ? (await db.order.findUniqueOrThrow({ where: { id: order.id } })).centerId : "", "INSTRUCTOR");
    const instructorAccess = await getCenterAccess(instructor.actor, (await db.order.findUniqueOrThrow({ where: { id: order.id } })).centerId);
    expect(await code(refundOrder(instructorAccess, { orderId: order.id, reason: "x", manualReference: "y" }))).toContain("forbidden");
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});
