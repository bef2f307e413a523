import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OverviewPeriod } from "./overview-period";
import { byCurrency, overviewScope, yangonDay, type Currency } from "./overview-scope";

export type DayAmount = { day: string; amount: number };

/** One currency's takings: never added to another currency's (MMK kyat and USD cents differ). */
export type CurrencyRevenue = { currency: Currency; total: number; orders: number; days: DayAmount[] };

// An order that was paid stays a sale when it is later refunded; refunds are reported on their own.
const SOLD = Prisma.sql`o.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')`;

/**
 * Paid orders' totals per Yangon day of payment, one series per currency the center sold in
 * (`report.read`). Currencies without a sale in the period are left out.
 */
export async function getRevenueFigures(access: CenterAccess, period: OverviewPeriod, reader: Db = db): Promise<CurrencyRevenue[]> {
  const scope = await overviewScope(access, "report.read", period);
  const rows = await reader.$queryRaw<{ day: string; currency: Currency; amount: bigint; orders: bigint }[]>`
    SELECT ${yangonDay(Prisma.sql`o.paid_at`)} AS day, o.currency::text AS currency,
      sum(o.total_amount)::bigint AS amount, count(*)::bigint AS orders
    FROM orders o
    WHERE o.center_id = ${scope.centerId}::uuid AND ${SOLD}
      AND o.paid_at >= ${scope.start} AND o.paid_at < ${scope.end}
    GROUP BY 1, 2`;
  const byCode = new Map<Currency, Map<string, { amount: number; orders: number }>>();
  for (const row of rows) {
    const days = byCode.get(row.currency) ?? new Map<string, { amount: number; orders: number }>();
    days.set(row.day, { amount: Number(row.amount), orders: Number(row.orders) });
    byCode.set(row.currency, days);
  }
  return [...byCode.keys()].sort(byCurrency).map((currency) => {
    const sums = byCode.get(currency) ?? new Map<string, { amount: number; orders: number }>();
    const days = period.days.map((day) => ({ day, amount: sums.get(day)?.amount ?? 0 }));
    const orders = [...sums.values()].reduce((sum, value) => sum + value.orders, 0);
    return { currency, total: days.reduce((sum, day) => sum + day.amount, 0), orders, days };
  });
}

/** Refunds that went through in the period, per currency: how many and how much. */
export type CurrencyRefunds = { currency: Currency; count: number; amount: number };

/** Succeeded refunds by the Yangon day they were processed, per currency (`report.read`). */
export async function getRefundFigures(access: CenterAccess, period: OverviewPeriod, reader: Db = db): Promise<CurrencyRefunds[]> {
  const scope = await overviewScope(access, "report.read", period);
  const rows = await reader.$queryRaw<{ currency: Currency; count: bigint; amount: bigint }[]>`
    SELECT r.currency::text AS currency, count(*)::bigint AS count, sum(r.amount)::bigint AS amount
    FROM refunds r
    WHERE r.center_id = ${scope.centerId}::uuid AND r.status = 'SUCCEEDED'
      AND r.processed_at >= ${scope.start} AND r.processed_at < ${scope.end}
    GROUP BY 1`;
  return rows
    .map((row) => ({ currency: row.currency, count: Number(row.count), amount: Number(row.amount) }))
    .sort((a, b) => byCurrency(a.currency, b.currency));
}
