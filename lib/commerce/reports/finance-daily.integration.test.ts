import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { refundOrder } from "@/lib/commerce/refunds/refund-order";
import { db } from "@/lib/db";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createCourse, createUser, unique } from "@/lib/testing/factories";
import { actorFor, addStaff } from "@/lib/testing/staff-factories";

// finance_daily (ADR 0024) must always equal the ledger lines it summarises, whatever inserts,
// updates or deletes them and however many payments land at once.

/** The sums straight from the ledger lines, with the report's definitions (finance-sql.ts). */
async function fromLedger(centerId: string) {
  return db.$queryRaw<Record<string, unknown>[]>`
    SELECT (le.occurred_at AT TIME ZONE 'Asia/Yangon')::date::text AS day, le.currency::text AS currency, o.course_id::text AS course_id,
      o.provider::text AS provider, coalesce(pm.method, '') AS method,
      coalesce(sum(le.amount) FILTER (WHERE le.type = 'GROSS'), 0)::bigint AS gross,
      coalesce(sum(le.amount) FILTER (WHERE le.type = 'DISCOUNT'), 0)::bigint AS discounts,
      coalesce(sum(CASE WHEN le.type = 'REFUND' THEN le.amount WHEN le.type = 'PLATFORM_COMMISSION' AND le.refund_id IS NOT NULL THEN -le.amount END), 0)::bigint AS refunds,
      coalesce(sum(le.amount) FILTER (WHERE le.type = 'PROVIDER_FEE'), 0)::bigint AS provider_fees,
      coalesce(sum(le.amount) FILTER (WHERE le.type = 'PLATFORM_COMMISSION'), 0)::bigint AS commission,
      coalesce(sum(le.amount) FILTER (WHERE le.refund_id IS NULL OR le.type = 'REFUND'), 0)::bigint AS net,
      count(*) FILTER (WHERE le.type = 'GROSS')::bigint AS orders
    FROM ledger_entries le JOIN orders o ON o.id = le.order_id
    LEFT JOIN LATERAL (SELECT p.method FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED' ORDER BY p.paid_at, p.id LIMIT 1) pm ON true
    WHERE le.center_id = ${centerId}::uuid AND le.type IN ('GROSS', 'DISCOUNT', 'PROVIDER_FEE', 'PLATFORM_COMMISSION', 'REFUND')
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
}

/** The kept sums, without rows that changes have brought back to zero. */
async function kept(centerId: string) {
  return db.$queryRaw<Record<string, unknown>[]>`
    SELECT day::text AS day, currency::text AS currency, course_id::text AS course_id, provider::text AS provider, method,
      gross, discounts, refunds, provider_fees, commission, net, orders
    FROM finance_daily
    WHERE center_id = ${centerId}::uuid AND (gross, discounts, refunds, provider_fees, commission, net, orders) <> (0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4, 5`;
}

async function buy(courseId: string, at: string, options: { provider?: "kbzpay" | "stripe"; method?: string; fee?: number } = {}) {
  const provider = options.provider ?? "kbzpay";
  const order = await createOrder({ actor: actorFor(await createUser()), locale: "en", idempotencyKey: null, courseId, provider });
  const message = paymentMessage(
    { reference: order.reference, total: order.total, provider: provider === "kbzpay" ? "KBZPAY" : "STRIPE" },
    { occurredAt: new Date(at), feeAmount: options.fee ?? null, method: options.method ?? "KBZ Pay" },
  );
  expect((await applyVerifiedMessage(message)).status).toBe("applied");
  return order;
}

describe("finance_daily, the report's daily sums", () => {
  it("equals the ledger after payments, refunds, a moved line and a deleted line", async () => {
    const shop = await createShop({ priceAmount: 40_000 });
    const excel = await createCourse({ centerId: shop.center.id, categoryId: shop.category.id, priceAmount: 20_000 });
    const owner = await addStaff(shop.center.id, "OWNER");
    const access = await getCenterAccess(owner.actor, shop.center.id);

    const a = await buy(shop.course.id, "2026-03-01T17:00:00Z"); // 23:30 in Yangon: still 1 March
    await buy(shop.course.id, "2026-03-01T18:00:00Z"); // 00:30 on 2 March in Yangon
    const c = await buy(excel.id, "2026-03-05T03:00:00Z", { provider: "stripe", method: "card", fee: 880 });
    await refundOrder(access, { orderId: a.id, amount: 10_000, reason: "Wrong course", manualReference: unique("KBZ"), discretionary: true });
    expect(await kept(shop.center.id)).toEqual(await fromLedger(shop.center.id));
    expect((await kept(shop.center.id)).map((row) => row.day)).toContain("2026-03-02");

    await db.ledgerEntry.updateMany({ where: { orderId: c.id }, data: { occurredAt: new Date("2026-03-09T03:00:00Z") } });
    await db.ledgerEntry.deleteMany({ where: { orderId: a.id, type: "DISCOUNT" } });
    await db.ledgerEntry.deleteMany({ where: { orderId: a.id, type: "GROSS" } });
    expect(await kept(shop.center.id)).toEqual(await fromLedger(shop.center.id));
  });

  it("loses nothing when twenty payments of one course land at the same moment", async () => {
    const shop = await createShop({ priceAmount: 15_000 });
    await Promise.all(Array.from({ length: 20 }, () => buy(shop.course.id, "2026-04-01T05:00:00Z")));
    const rows = await kept(shop.center.id);
    expect(rows).toEqual(await fromLedger(shop.center.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gross: 300_000n, orders: 20n });
  });

  it("keeps centers apart", async () => {
    const a = await createShop({ priceAmount: 10_000 });
    const b = await createShop({ priceAmount: 70_000 });
    await buy(a.course.id, "2026-05-01T05:00:00Z");
    await buy(b.course.id, "2026-05-01T05:00:00Z");
    expect((await kept(a.center.id)).map((row) => row.gross)).toEqual([10_000n]);
    expect((await kept(b.center.id)).map((row) => row.gross)).toEqual([70_000n]);
  });
});
