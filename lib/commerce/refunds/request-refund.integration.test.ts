import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { getCenterOrder } from "@/lib/commerce/orders/get-center-order";
import { getMyReceipt } from "@/lib/commerce/orders/get-receipt";
import type { OrderDto } from "@/lib/commerce/orders/order-dto";
import { settleStripeSandboxCheckout } from "@/lib/commerce/providers/stripe/sandbox-gateway";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createUser, unique } from "@/lib/testing/factories";
import { actorFor, addStaff } from "@/lib/testing/staff-factories";
import { startWebhookServer } from "@/lib/testing/webhook-server";
import { refundOrder } from "./refund-order";
import { rejectRefundRequest } from "./reject-refund-request";
import { requestRefund } from "./request-refund";

// The Stripe sandbox POSTs its signed callbacks (payment, charge.refunded) to the real webhook.
let webhooks: Awaited<ReturnType<typeof startWebhookServer>>;
beforeAll(async () => {
  webhooks = await startWebhookServer();
});
afterAll(() => webhooks.close());

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? `${error.code}:${JSON.stringify(error.details ?? "")}` : String(error)));
const checkoutIdOf = (order: OrderDto) => decodeURIComponent(new URL(order.checkout.url!).pathname.split("/").pop()!);
const DAY = 86_400_000;

/** A student's paid order: KBZPay through a verified message, Stripe through its sandbox. */
async function paidOrder(provider: "kbzpay" | "stripe", priceAmount = 30_000) {
  const shop = await createShop({ priceAmount });
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider });
  if (provider === "stripe") await settleStripeSandboxCheckout(checkoutIdOf(order), "pay");
  else expect((await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total }, { transactionId: unique("txn") }))).status).toBe("applied");
  expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
  const owner = await addStaff(shop.center.id, "OWNER");
  return { shop, order, owner, access: await getCenterAccess(owner.actor, shop.center.id) };
}

describe("a student's refund request", () => {
  it("is only for the student's own order: another student's is not found and nothing is written", async () => {
    const { order } = await paidOrder("kbzpay");
    const other = actorFor(await createUser());
    expect(await code(requestRefund({ actor: other, orderId: order.id, reason: "Not mine" }))).toContain("not_found");
    expect(await code(getMyReceipt({ actor: other, orderId: order.id, locale: "en" }))).toContain("not_found");
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { kind: "refund.requested", payload: { path: ["orderId"], equals: order.id } } })).toBe(0);
  });

  it("within the terms on Stripe is refunded at once through the sandbox: the order is refunded and access ends", async () => {
    const { shop, order } = await paidOrder("stripe", 25_000);
    const receipt = await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "en" });
    expect(receipt.refundRequest).toMatchObject({ canRequest: true, outsideTerms: null, latest: null, terms: { refundWindowDays: 7, maxProgressPercent: 20 } });

    const result = await requestRefund({ actor: shop.actor, orderId: order.id, reason: "I bought the wrong course" });
    expect(result).toEqual({ refundId: expect.any(String), status: "succeeded", entitled: true });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "REFUNDED", refundedAmount: 25_000 });
    expect(await db.enrollment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "REVOKED", revocationReason: "REFUND" });
    const refunds = await db.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ id: result.refundId, status: "SUCCEEDED", amount: 25_000, requestedById: shop.buyer.id, processedById: null, providerRefundId: expect.stringMatching(/^re_/) });
    expect((await db.sandboxPayment.findFirstOrThrow({ where: { merchantReference: order.reference } })).refundedAmount).toBe(25_000);
    expect(await db.ledgerEntry.count({ where: { orderId: order.id, type: "REFUND" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `refund:${result.refundId}:requested` } })).toBe(1);
    expect(await db.activityLog.findFirstOrThrow({ where: { action: "refund.requested", targetId: order.id } })).toMatchObject({ actorUserId: shop.buyer.id, metadata: { refundId: result.refundId, entitled: true } });
    expect((await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "en" })).refundRequest).toMatchObject({ canRequest: false, latest: { status: "succeeded", amount: 25_000 } });
    expect(await code(requestRefund({ actor: shop.actor, orderId: order.id, reason: "Again" }))).toContain("not_paid");
  }, 60_000);

  it("within the terms on KBZPay waits for the center, cannot be rejected, and the center's manual refund settles the same row", async () => {
    const { shop, order, owner, access } = await paidOrder("kbzpay", 30_000);
    const result = await requestRefund({ actor: shop.actor, orderId: order.id, reason: "သင်တန်းချိန် မကိုက်ညီပါ" });
    expect(result).toEqual({ refundId: expect.any(String), status: "requested", entitled: true });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", refundedAmount: 0 });
    expect(await code(requestRefund({ actor: shop.actor, orderId: order.id, reason: "Twice" }))).toContain("conflict");

    const page = await getCenterOrder(access, { orderId: order.id }, "en");
    expect(page.requests).toEqual([{ id: result.refundId, amount: 30_000, currency: "MMK", reason: "သင်တန်းချိန် မကိုက်ညီပါ", requestedAt: expect.any(String), entitled: true, outsideTerms: null, providerFailed: false }]);
    expect(page.refunds).toEqual([]);
    expect(page.refund).toMatchObject({ refundable: 30_000, blockedBy: null, outsideTerms: null });

    // The policy promises it: the center cannot say no.
    expect(await code(rejectRefundRequest(access, { refundId: result.refundId, reason: "No" }))).toContain('refund_not_allowed:[{"path":"refundId","code":"entitled"}]');
    // The request was made in time: settling it after the window is still owed, no discretion needed.
    await db.order.update({ where: { id: order.id }, data: { paidAt: new Date(Date.now() - 10 * DAY) } });
    await db.refund.update({ where: { id: result.refundId }, data: { requestedAt: new Date(Date.now() - 4 * DAY) } });
    const settled = await refundOrder(access, { orderId: order.id, reason: "သင်တန်းချိန် မကိုက်ညီပါ", manualReference: "KBZ-RQ-1" });
    expect(settled).toMatchObject({ refundId: result.refundId, status: "SUCCEEDED", orderStatus: "REFUNDED" });
    const rows = await db.refund.findMany({ where: { orderId: order.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: result.refundId, status: "SUCCEEDED", providerRefundId: "manual:KBZ-RQ-1", requestedById: shop.buyer.id, processedById: owner.user.id, processedAt: expect.any(Date) });
    expect(await db.enrollment.count({ where: { orderId: order.id, status: "ACTIVE" } })).toBe(0);
    expect((await getCenterOrder(access, { orderId: order.id }, "en")).requests).toEqual([]);
    expect((await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "en" })).refundRequest.latest).toMatchObject({ status: "succeeded" });
  });

  it("outside the terms is at the center's discretion: it can be rejected with a reason, or refunded only as discretionary", async () => {
    const { shop, order, owner, access } = await paidOrder("kbzpay", 20_000);
    await db.order.update({ where: { id: order.id }, data: { paidAt: new Date(Date.now() - 9 * DAY) } });
    expect((await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "en" })).refundRequest).toMatchObject({ canRequest: true, outsideTerms: "outside_window" });

    const first = await requestRefund({ actor: shop.actor, orderId: order.id, reason: "Moved abroad" });
    expect(first).toMatchObject({ status: "requested", entitled: false });
    expect((await getCenterOrder(access, { orderId: order.id }, "en")).requests).toEqual([expect.objectContaining({ id: first.refundId, entitled: false, outsideTerms: "outside_window" })]);
    await expect(rejectRefundRequest(access, { refundId: first.refundId, reason: "" })).rejects.toBeInstanceOf(ZodError);
    expect(await rejectRefundRequest(access, { refundId: first.refundId, reason: "The course is almost over" })).toEqual({ refundId: first.refundId, status: "rejected" });
    expect(await db.refund.findUniqueOrThrow({ where: { id: first.refundId } })).toMatchObject({ status: "REJECTED", failureReason: "The course is almost over", processedById: owner.user.id });
    expect(await code(rejectRefundRequest(access, { refundId: first.refundId, reason: "Again" }))).toContain("conflict");
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `refund:${first.refundId}:rejected` } })).toBe(1);
    expect((await getMyReceipt({ actor: shop.actor, orderId: order.id, locale: "my" })).refundRequest).toMatchObject({ canRequest: true, latest: { status: "rejected", rejectionReason: "The course is almost over" } });

    // Asked again: the center may still refund, but only saying it is its own choice.
    const second = await requestRefund({ actor: shop.actor, orderId: order.id, reason: "Please reconsider" });
    expect(await code(refundOrder(access, { orderId: order.id, reason: "Goodwill", manualReference: "KBZ-G-1" }))).toContain("outside_window");
    expect(await refundOrder(access, { orderId: order.id, reason: "Goodwill", manualReference: "KBZ-G-1", discretionary: true })).toMatchObject({ refundId: second.refundId, orderStatus: "REFUNDED" });
    const log = await db.activityLog.findFirstOrThrow({ where: { action: "order.refunded", targetId: order.id } });
    expect(log.metadata).toMatchObject({ refundId: second.refundId, discretionary: true, outsideTerms: "outside_window", settlesRequest: true });
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("refuses an unpaid order, another center's staff cannot reject, and one open request at a time holds under concurrency", async () => {
    const shop = await createShop({ priceAmount: 15_000 });
    const pending = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
    expect(await code(requestRefund({ actor: shop.actor, orderId: pending.id, reason: "x" }))).toContain("not_paid");

    const { shop: paidShop, order } = await paidOrder("kbzpay");
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => code(requestRefund({ actor: paidShop.actor, orderId: order.id, reason: "Hurry" }))));
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.startsWith("conflict"))).toHaveLength(4);
    const open = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });

    const strangerShop = await createShop();
    const stranger = await addStaff(strangerShop.center.id, "OWNER");
    expect(await code(rejectRefundRequest(await getCenterAccess(stranger.actor, strangerShop.center.id), { refundId: open.id, reason: "x" }))).toContain("not_found");
    const instructor = await addStaff(paidShop.center.id, "INSTRUCTOR");
    expect(await code(rejectRefundRequest(await getCenterAccess(instructor.actor, paidShop.center.id), { refundId: open.id, reason: "x" }))).toContain("forbidden");
    expect(await db.refund.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "REQUESTED" });
  });
});
