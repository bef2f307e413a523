import { describe, expect, it } from "vitest";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { seedRetentionEdges } from "@/lib/testing/retention-factories";
import { RETENTION_PERIODS, type RetentionPeriod } from "./periods";
import { runRetention } from "./retention-job";
import { PROTECTED_TABLES, RETENTION_RULES } from "./rules";

const TEN_YEARS_AGO = new Date(Date.now() - 3650 * 86_400_000);
const everyPeriodOneDay = Object.fromEntries(RETENTION_PERIODS.map((p) => [p, 1])) as Record<RetentionPeriod, number>;

/** Every row of every payment-record table, as JSON, to compare before and after. */
async function paymentRecords() {
  const snapshot: Record<string, unknown> = {};
  for (const table of PROTECTED_TABLES) snapshot[table] = await db.$queryRawUnsafe(`SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY id`);
  return snapshot;
}

describe("policy S7: payment records are retained", () => {
  it("never deletes or changes orders, payments, refunds, ledger entries or provider events, however old", async () => {
    const shop = await createShop({ priceAmount: 40_000 });
    const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
    await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: 40_000 }));
    // Ten years old, and the buyer's sessions and activity long gone: the shortest periods still leave them.
    await db.$executeRaw`UPDATE orders SET created_at = ${TEN_YEARS_AGO}, updated_at = ${TEN_YEARS_AGO}`;
    await db.$executeRaw`UPDATE payments SET created_at = ${TEN_YEARS_AGO}, updated_at = ${TEN_YEARS_AGO}`;
    await db.$executeRaw`UPDATE ledger_entries SET created_at = ${TEN_YEARS_AGO}, occurred_at = ${TEN_YEARS_AGO}`;
    await db.$executeRaw`UPDATE provider_events SET received_at = ${TEN_YEARS_AGO}`;
    await db.session.create({ data: { userId: shop.buyer.id, sessionToken: `st-${order.id}`, expires: TEN_YEARS_AGO } });
    await seedRetentionEdges(new Date());

    const before = await paymentRecords();
    expect((before.orders as unknown[]).length).toBe(1);
    expect((before.payments as unknown[]).length).toBe(1);
    expect((before.ledger_entries as unknown[]).length).toBeGreaterThan(0);
    expect((before.provider_events as unknown[]).length).toBe(1);

    const counts = await runRetention(new Date(), { days: everyPeriodOneDay, pauseMs: 0 });
    expect(counts.web_sessions).toBeGreaterThan(0);
    expect(await paymentRecords()).toEqual(before);
  });

  it("no rule names a payment table, and no delete can reach one through a foreign key", async () => {
    const protectedTables = new Set<string>(PROTECTED_TABLES);
    for (const rule of RETENTION_RULES) expect(protectedTables.has(rule.table)).toBe(false);
    // Tables a delete in a rule's table reaches: ON DELETE CASCADE / SET NULL / SET DEFAULT, followed transitively.
    const keys = await db.$queryRaw<{ child: string; parent: string }[]>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
      FROM pg_constraint c WHERE c.contype = 'f' AND c.confdeltype IN ('c', 'n', 'd')`;
    const reached = new Set(RETENTION_RULES.map((rule) => rule.table));
    for (let grew = true; grew; ) {
      grew = false;
      for (const { child, parent } of keys) {
        const name = child.replaceAll('"', "");
        if (reached.has(parent.replaceAll('"', "")) && !reached.has(name)) {
          reached.add(name);
          grew = true;
        }
      }
    }
    // The walk does follow cascades (a mobile session takes its device tokens with it)…
    expect(reached.has("device_tokens")).toBe(true);
    // …and never arrives at a payment record.
    expect([...reached].filter((table) => protectedTables.has(table))).toEqual([]);
  });
});
