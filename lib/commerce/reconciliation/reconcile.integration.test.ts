import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import type { PaymentProviderAdapter, PaymentResult, ProviderName } from "@/lib/commerce/providers/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createShop, ledgerOf, paymentMessage } from "@/lib/testing/commerce-factories";
import { createUser, unique } from "@/lib/testing/factories";
import { actorFor } from "@/lib/testing/staff-factories";
import { getReconciliationRun, listReconciliationRuns } from "./list-runs";
import { pruneReconciliationRuns } from "./prune-runs";
import { reconcile } from "./reconcile";
import type { ReconciliationReport } from "./types";

/** A KBZPay mm_order_id-like transaction id (23 digits). */
const mmOrderId = () => `01${String(randomInt(0, 1e8)).padStart(8, "0")}${String(Date.now()).padStart(13, "0")}`;

async function kbzOrder(price = 30_000, provider: "kbzpay" | "stripe" | "dinger" = "kbzpay") {
  const shop = await createShop({ priceAmount: price });
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider });
  return { shop, order };
}

const itemsOf = (report: ReconciliationReport, reference: string) => report.items.filter((item) => item.reference === reference);

async function paidHere(order: { reference: string; total: number }, provider: ProviderName = "KBZPAY") {
  const applied = await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total, provider }));
  expect(applied.status).toBe("applied");
}

describe("reconciliation (demo mode: the sandbox gateways' records)", () => {
  it("repairs a payment whose callback was lost, exactly once, and the late callback changes nothing", async () => {
    const { shop, order } = await kbzOrder(30_000);
    const transactionId = mmOrderId();
    // The payer paid at KBZPay; the callback never reached us (or we crashed before fulfilment).
    await db.sandboxPayment.updateMany({ where: { merchantReference: order.reference }, data: { status: "PAID", transactionId } });

    const first = await reconcile();
    expect(first.mode).toBe("sandbox");
    expect(itemsOf(first, order.reference)).toEqual([
      expect.objectContaining({ kind: "missing_on_our_side", orderId: order.id, orderStatus: "PENDING", orderAmount: 30_000, providerStatus: "PAID", providerAmount: 30_000, transactionId, repair: "applied" }),
    ]);
    expect(first.counts.repaired).toBeGreaterThanOrEqual(1);
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("PAID");
    expect(await db.enrollment.count({ where: { userId: shop.buyer.id, courseId: shop.course.id, status: "ACTIVE", orderId: order.id } })).toBe(1);
    const ledger = await ledgerOf(order.id);
    expect(ledger.filter((line) => line.type === "CENTER_NET")).toHaveLength(1);
    expect(await db.payment.count({ where: { orderId: order.id, providerTransactionId: transactionId, status: "SUCCEEDED" } })).toBe(1);
    expect(await db.providerEvent.count({ where: { orderId: order.id, providerEventId: `reconcile:${transactionId}` } })).toBe(1);

    // Idempotent: the next run finds both sides paid and repairs nothing.
    const second = await reconcile();
    expect(itemsOf(second, order.reference)).toEqual([]);
    expect(await ledgerOf(order.id)).toEqual(ledger);
    expect(await db.providerEvent.count({ where: { orderId: order.id } })).toBe(1);

    // The real callback arrives at last: the order is paid already, it is ignored.
    const late = await applyVerifiedMessage(
      paymentMessage({ reference: order.reference, total: 30_000 }, { transactionId, eventId: `${transactionId}:PAY_SUCCESS`, eventType: "kbzpay.PAY_SUCCESS" }),
    );
    expect(late.status).toBe("ignored");
    expect(await ledgerOf(order.id)).toEqual(ledger);
    expect(await db.enrollment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("reports missing_on_theirs, amount_mismatch, a paid reference we have no order for, and ledger problems, fixing none", async () => {
    const theirsMissing = await kbzOrder(20_000);
    await paidHere({ reference: theirsMissing.order.reference, total: 20_000 });

    const mismatch = await kbzOrder(25_000);
    await paidHere({ reference: mismatch.order.reference, total: 25_000 });
    await db.sandboxPayment.updateMany({ where: { merchantReference: mismatch.order.reference }, data: { status: "PAID", transactionId: mmOrderId(), amount: 24_000 } });

    const noNet = await kbzOrder(40_000);
    await paidHere({ reference: noNet.order.reference, total: 40_000 });
    await db.sandboxPayment.updateMany({ where: { merchantReference: noNet.order.reference }, data: { status: "PAID", transactionId: mmOrderId() } });
    await db.ledgerEntry.deleteMany({ where: { orderId: noNet.order.id, type: "CENTER_NET" } });

    const badGross = await kbzOrder(50_000);
    await paidHere({ reference: badGross.order.reference, total: 50_000 });
    await db.sandboxPayment.updateMany({ where: { merchantReference: badGross.order.reference }, data: { status: "PAID", transactionId: mmOrderId() } });
    await db.ledgerEntry.updateMany({ where: { orderId: badGross.order.id, type: "GROSS" }, data: { amount: 51_000 } });

    const strayLines = await kbzOrder(10_000);
    await db.ledgerEntry.create({
      data: { centerId: strayLines.shop.center.id, orderId: strayLines.order.id, type: "GROSS", amount: 10_000, currency: "MMK", postingKey: `order:${strayLines.order.id}:GROSS`, occurredAt: new Date() },
    });

    const ghost = `MMSO_${unique("ghost").replace(/[^A-Za-z0-9]/g, "").slice(0, 20)}`;
    await db.sandboxPayment.create({
      data: { provider: "KBZPAY", merchantReference: ghost, checkoutId: unique("KBZ"), transactionId: mmOrderId(), amount: 5_000, currency: "MMK", status: "PAID", callbackUrl: "http://localhost/api/webhooks/kbzpay", request: {} },
    });

    const report = await reconcile();
    expect(itemsOf(report, theirsMissing.order.reference)).toEqual([
      expect.objectContaining({ kind: "missing_on_theirs", orderStatus: "PAID", orderAmount: 20_000, providerStatus: "PENDING" }),
    ]);
    expect(itemsOf(report, mismatch.order.reference)).toEqual([expect.objectContaining({ kind: "amount_mismatch", orderAmount: 25_000, providerAmount: 24_000 })]);
    expect(itemsOf(report, noNet.order.reference)).toEqual([expect.objectContaining({ kind: "ledger", orderId: noNet.order.id, problems: ["center_net_count"] })]);
    expect(itemsOf(report, badGross.order.reference)).toEqual([expect.objectContaining({ kind: "ledger", problems: ["gross_discount_total", "net_not_sum"] })]);
    expect(itemsOf(report, strayLines.order.reference)).toEqual([expect.objectContaining({ kind: "ledger", orderStatus: "PENDING", problems: ["lines_without_payment"] })]);
    expect(itemsOf(report, ghost)).toEqual([expect.objectContaining({ kind: "missing_on_our_side", orderId: null, providerAmount: 5_000, repair: "unknown_order" })]);
    for (const kind of ["missing_on_theirs", "amount_mismatch", "missing_on_our_side"] as const) expect(report.counts[kind]).toBeGreaterThanOrEqual(1);
    expect(report.counts.ledger_problems).toBeGreaterThanOrEqual(3);

    // Reported, not fixed: the orders are as they were.
    expect((await db.order.findUniqueOrThrow({ where: { id: mismatch.order.id } })).status).toBe("PAID");
    expect((await db.order.findUniqueOrThrow({ where: { id: strayLines.order.id } })).status).toBe("PENDING");
    // The stored report holds ids, references, statuses and amounts: nothing about the buyer.
    const stored = await db.reconciliationRun.findUniqueOrThrow({ where: { id: report.id } });
    expect(JSON.stringify(stored.items)).not.toContain(theirsMissing.shop.buyer.phone ?? "+959");
    expect(JSON.stringify(stored.items)).not.toContain(theirsMissing.shop.buyer.name ?? "user");
  });
});

describe("reconciliation (production: the providers' status queries)", () => {
  it("asks each order's provider with at most 4 queries in flight, repairs from a verified answer, and reports what it cannot check", async () => {
    const orders = await Promise.all(Array.from({ length: 9 }, () => kbzOrder(15_000)));
    const [lost, ...rest] = orders;
    const failing = rest[0]!;
    const stripe = await kbzOrder(15_000, "stripe");
    await paidHere({ reference: stripe.order.reference, total: 15_000 }, "STRIPE");
    const dinger = await kbzOrder(15_000, "dinger");
    const transactionId = mmOrderId();

    let inFlight = 0;
    let most = 0;
    const adapter = (name: ProviderName): PaymentProviderAdapter => ({
      name,
      currencies: ["MMK"],
      createCheckout: () => Promise.reject(new Error("not in this test")),
      async queryPayment(reference): Promise<PaymentResult | null> {
        expect(name).not.toBe("DINGER");
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 10));
        inFlight -= 1;
        if (reference === failing.order.reference) throw new AppError("provider_error");
        if (reference !== lost!.order.reference) return null;
        return { ...paymentMessage({ reference, total: 15_000 }, { transactionId, eventId: `${transactionId}:PAY_SUCCESS:query` }).result };
      },
    });

    const report = await reconcile({ mode: "live", adapter });
    expect(report.mode).toBe("live");
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
    expect(itemsOf(report, lost!.order.reference)).toEqual([expect.objectContaining({ kind: "missing_on_our_side", transactionId, repair: "applied" })]);
    expect((await db.order.findUniqueOrThrow({ where: { id: lost!.order.id } })).status).toBe("PAID");
    expect(await db.providerEvent.count({ where: { providerEventId: `reconcile:${transactionId}` } })).toBe(1);
    expect(itemsOf(report, failing.order.reference)).toEqual([expect.objectContaining({ kind: "query_failed" })]);
    expect(itemsOf(report, stripe.order.reference)).toEqual([expect.objectContaining({ kind: "missing_on_theirs", provider: "STRIPE" })]);
    expect(itemsOf(report, dinger.order.reference)).toEqual([]);
    expect(report.counts.unverifiable).toBeGreaterThanOrEqual(1);
    expect(report.counts.query_failed).toBe(1);

    // A second run: the repaired order now matches, and nothing is applied twice.
    const again = await reconcile({ mode: "live", adapter });
    expect(itemsOf(again, lost!.order.reference)).toEqual([]);
    expect(await ledgerOf(lost!.order.id)).toHaveLength(3);
  });

  it("does not repair an answer that is not a confirmed payment of this very order", async () => {
    const { order } = await kbzOrder(12_000);
    const answer = (overrides: Partial<PaymentResult>) => paymentMessage({ reference: order.reference, total: 12_000 }, overrides).result;
    const cases: [PaymentResult, Record<string, string>][] = [
      [answer({ amount: 11_000 }), { kind: "amount_mismatch" }],
      [answer({ transactionId: null }), { kind: "missing_on_our_side", repair: "not_confirmed" }],
      [answer({ provider: "STRIPE" }), { kind: "missing_on_our_side", repair: "not_confirmed" }],
      [answer({ reference: "MMSO_SOMEONE_ELSE" }), { kind: "missing_on_our_side", repair: "not_confirmed" }],
    ];
    for (const [wrong, expected] of cases) {
      const adapter = (name: ProviderName): PaymentProviderAdapter => ({
        name,
        currencies: ["MMK"],
        createCheckout: () => Promise.reject(new Error("not in this test")),
        queryPayment: async (reference) => (reference === order.reference ? wrong : null),
      });
      const report = await reconcile({ mode: "live", adapter });
      expect(itemsOf(report, order.reference)).toEqual([expect.objectContaining(expected)]);
    }
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
  });
});

describe("reconciliation reports", () => {
  it("are shown to platform admins only, newest first, and pruned after 30 days", async () => {
    const user = await createUser();
    const admin = actorFor({ id: user.id, role: "PLATFORM_ADMIN" });
    const old = await db.reconciliationRun.create({
      data: { mode: "sandbox", startedAt: new Date(Date.now() - 40 * 86_400_000), finishedAt: new Date(Date.now() - 40 * 86_400_000), windowStart: new Date(0), windowEnd: new Date(0), counts: { checked: 1 }, items: [{ bogus: true }] },
    });
    const latest = await reconcile();
    const code = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));
    expect(await code(listReconciliationRuns(null))).toBe("not_found");
    expect(await code(listReconciliationRuns(actorFor(user)))).toBe("not_found");
    expect(await code(getReconciliationRun(actorFor(user), null))).toBe("not_found");

    const runs = await listReconciliationRuns(admin);
    expect(runs[0]).toMatchObject({ id: latest.id, mode: "sandbox", counts: latest.counts });
    expect((await getReconciliationRun(admin, null))?.id).toBe(latest.id);
    // An older report reads with defaults; a malformed id is no run.
    expect(await getReconciliationRun(admin, old.id)).toMatchObject({ items: [], counts: expect.objectContaining({ checked: 1, matched: 0 }) });
    expect(await getReconciliationRun(admin, "not-a-uuid")).toBeNull();

    expect(await pruneReconciliationRuns()).toBeGreaterThanOrEqual(1);
    expect(await db.reconciliationRun.count({ where: { id: old.id } })).toBe(0);
    expect(await db.reconciliationRun.count({ where: { id: latest.id } })).toBe(1);
  });
});
