import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { createOrder } from "@/lib/commerce/orders/create-order";
import type { OrderDto } from "@/lib/commerce/orders/order-dto";
import { settleDingerSandboxCheckout, resendDingerSandboxCallback } from "@/lib/commerce/providers/dinger/sandbox-gateway";
import { actOnKbzSandboxCheckout } from "@/lib/commerce/providers/kbzpay/sandbox-checkout";
import { resendStripeSandboxEvent, settleStripeSandboxCheckout } from "@/lib/commerce/providers/stripe/sandbox-gateway";
import { refundOrder } from "@/lib/commerce/refunds/refund-order";
import { db } from "@/lib/db";
import { createShop } from "@/lib/testing/commerce-factories";
import { createUser } from "@/lib/testing/factories";
import { actorFor, addStaff } from "@/lib/testing/staff-factories";
import { startWebhookServer } from "@/lib/testing/webhook-server";

// The sandboxes POST their callbacks over HTTP to APP_URL: here, the real webhook routes.
let webhooks: Awaited<ReturnType<typeof startWebhookServer>>;
beforeAll(async () => {
  webhooks = await startWebhookServer();
});
afterAll(() => webhooks.close());

type Provider = "stripe" | "dinger" | "kbzpay";
const checkoutIdOf = (order: OrderDto) => decodeURIComponent(new URL(order.checkout.url!).pathname.split("/").pop()!);

/** The tester presses "Pay" on the provider's sandbox page, then "send the callback again" twice. */
const gateway: Record<Provider, { pay: (order: OrderDto) => Promise<unknown>; resend: (order: OrderDto) => Promise<unknown> }> = {
  stripe: { pay: (o) => settleStripeSandboxCheckout(checkoutIdOf(o), "pay"), resend: (o) => resendStripeSandboxEvent(checkoutIdOf(o)) },
  dinger: {
    pay: (o) => {
      const url = new URL(o.checkout.url!);
      return settleDingerSandboxCheckout({ checkoutId: checkoutIdOf(o), payload: url.searchParams.get("payload")!, hashValue: url.searchParams.get("hashValue")!, decision: "pay", method: "kbzpay" });
    },
    resend: (o) => {
      const url = new URL(o.checkout.url!);
      return resendDingerSandboxCallback({ checkoutId: checkoutIdOf(o), payload: url.searchParams.get("payload")!, hashValue: url.searchParams.get("hashValue")! });
    },
  },
  kbzpay: { pay: (o) => actOnKbzSandboxCheckout(checkoutIdOf(o), "pay"), resend: (o) => actOnKbzSandboxCheckout(checkoutIdOf(o), "resend") },
};

const shuffled = <T>(list: T[]) => list.map((item) => ({ item, key: Math.random() })).sort((a, b) => a.key - b.key).map(({ item }) => item);

describe.each(["stripe", "dinger", "kbzpay"] as const)("paying through the %s sandbox", (provider) => {
  it("fulfils each payment once when its callback arrives three times, shuffled and concurrent; the ledger matches the sandbox", async () => {
    const shop = await createShop({ priceAmount: 35_000 });
    const orders = await Promise.all(
      Array.from({ length: 4 }, async () => createOrder({ actor: actorFor(await createUser()), locale: "my", idempotencyKey: null, courseId: shop.course.id, provider })),
    );
    for (const order of orders) await gateway[provider].pay(order);
    await Promise.all(shuffled(orders.flatMap((order) => [order, order, order])).map((order) => gateway[provider].resend(order)));

    for (const order of orders) {
      expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
      expect(await db.enrollment.count({ where: { orderId: order.id, status: "ACTIVE" } })).toBe(1);
      expect(await db.ledgerEntry.count({ where: { orderId: order.id, type: "CENTER_NET" } })).toBe(1);
      expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    }
    const references = orders.map((o) => o.reference);
    const sandboxTotal = await db.sandboxPayment.aggregate({ where: { merchantReference: { in: references }, status: "PAID" }, _sum: { amount: true } });
    const ledgerTotal = await db.ledgerEntry.aggregate({ where: { orderId: { in: orders.map((o) => o.id) }, type: { in: ["GROSS", "DISCOUNT"] } }, _sum: { amount: true } });
    expect(ledgerTotal._sum.amount).toBe(sandboxTotal._sum.amount);
    expect(ledgerTotal._sum.amount).toBe(4 * 35_000);
    // Every delivery reached the webhook and was answered 2xx.
    const attempts = await db.sandboxPayment.findMany({ where: { merchantReference: { in: references } }, select: { callbackAttempts: true, lastCallbackStatus: true } });
    expect(attempts.every((a) => a.callbackAttempts === 4 && a.lastCallbackStatus === 200)).toBe(true);
  }, 60_000);
});

describe("what we keep of the providers' messages", () => {
  it("stores no card number, email, phone number or buyer name in provider events", async () => {
    const shop = await createShop({ priceAmount: 12_000 });
    const buyer = await createUser({ name: "Daw Aye Aye Khin", phone: "+959791234567", email: "aye@example.com" });
    for (const provider of ["stripe", "dinger", "kbzpay"] as const) {
      const course = provider === "stripe" ? shop.course : (await createShop({ priceAmount: 12_000 })).course;
      const order = await createOrder({ actor: actorFor(buyer), locale: "en", idempotencyKey: null, courseId: course.id, provider });
      await gateway[provider].pay(order);
    }
    const events = await db.providerEvent.findMany({ select: { payload: true } });
    const text = JSON.stringify(events);
    expect(events.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\b\d{13,19}\b/); // a card number
    expect(text).not.toContain("Aye Aye");
    expect(text).not.toContain("aye@example.com");
    expect(text).not.toContain("791234567");
  }, 60_000);
});

describe("a Stripe refund through the sandbox's refunds API", () => {
  it("is settled once although Stripe's charge.refunded event arrives before the API answers", async () => {
    const shop = await createShop({ priceAmount: 25_000 });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "stripe" });
    await gateway.stripe.pay(order);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    const owner = await addStaff(shop.center.id, "OWNER");
    const result = await refundOrder(await getCenterAccess(owner.actor, shop.center.id), { orderId: order.id, amount: 10_000, reason: "Partial refund" });
    expect(result).toMatchObject({ status: "SUCCEEDED", amount: 10_000, orderStatus: "PARTIALLY_REFUNDED" });
    const refunds = await db.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ status: "SUCCEEDED", providerRefundId: expect.stringMatching(/^re_/) });
    expect(await db.ledgerEntry.count({ where: { orderId: order.id, type: "REFUND" } })).toBe(1);
    expect((await db.sandboxPayment.findFirstOrThrow({ where: { merchantReference: order.reference } })).refundedAmount).toBe(10_000);
    // The rest: the order is refunded and access ends.
    await refundOrder(await getCenterAccess(owner.actor, shop.center.id), { orderId: order.id, reason: "The rest" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
    expect(await db.enrollment.count({ where: { orderId: order.id, status: "ACTIVE" } })).toBe(0);
  }, 60_000);
});
