import type pg from "pg";

export type Check = { label: string; ok: boolean; figure: string };

const one = async (client: pg.Client, sql: string, params: unknown[] = []): Promise<number> => Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);

/**
 * The invariants of a set of orders that must all be paid, each exactly once (`ids`; null: every
 * PAID order of the database): PAID, one payment, an active enrollment, its own ledger lines
 * balanced (ADR 0016: GROSS + DISCOUNT = total, CENTER_NET = the sum of the others, one CENTER_NET)
 * and the sums of ledger, payments and order totals equal, and one receipt in the inbox.
 */
export async function paidOrderChecks(client: pg.Client, ids: string[] | null, options: { receipts: boolean }): Promise<Check[]> {
  const scope = ids ? "o.id = ANY($1::uuid[])" : "o.status = 'PAID'";
  const params = ids ? [ids] : [];
  const total = ids ? ids.length : await one(client, `SELECT count(*) AS n FROM orders o WHERE ${scope}`);
  const paid = await one(client, `SELECT count(*) AS n FROM orders o WHERE ${scope} AND o.status = 'PAID'`, params);
  const paymentsOff = await one(
    client,
    `SELECT count(*) AS n FROM (SELECT o.id FROM orders o LEFT JOIN payments p ON p.order_id = o.id WHERE ${scope} AND o.total_amount > 0 GROUP BY o.id HAVING count(p.id) <> 1) x`,
    params,
  );
  const notEnrolled = await one(
    client,
    `SELECT count(*) AS n FROM orders o WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = o.user_id AND e.course_id = o.course_id AND e.status = 'ACTIVE')`,
    params,
  );
  const unbalanced = await one(
    client,
    `SELECT count(*) AS n FROM (
       SELECT o.id FROM orders o LEFT JOIN ledger_entries l ON l.order_id = o.id AND l.posting_key LIKE 'order:%'
       WHERE ${scope} GROUP BY o.id, o.total_amount
       HAVING coalesce(sum(l.amount) FILTER (WHERE l.type IN ('GROSS', 'DISCOUNT')), 0) <> o.total_amount
           OR count(*) FILTER (WHERE l.type = 'CENTER_NET') <> 1
           OR coalesce(sum(l.amount) FILTER (WHERE l.type = 'CENTER_NET'), 0) <> coalesce(sum(l.amount) FILTER (WHERE l.type IN ('GROSS', 'DISCOUNT', 'PROVIDER_FEE', 'PLATFORM_COMMISSION')), 0)) x`,
    params,
  );
  const sums = (
    await client.query<{ totals: string; payments: string; ledger: string }>(
      `SELECT (SELECT coalesce(sum(o.total_amount), 0) FROM orders o WHERE ${scope}) AS totals,
              (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN orders o ON o.id = p.order_id WHERE ${scope}) AS payments,
              (SELECT coalesce(sum(l.amount), 0) FROM ledger_entries l JOIN orders o ON o.id = l.order_id WHERE ${scope} AND l.type IN ('GROSS', 'DISCOUNT')) AS ledger`,
      params,
    )
  ).rows[0] ?? { totals: "0", payments: "0", ledger: "0" };
  const checks: Check[] = [
    { label: "orders PAID", ok: paid === total, figure: `${paid} of ${total}` },
    { label: "orders without exactly one payment", ok: paymentsOff === 0, figure: String(paymentsOff) },
    { label: "paid orders without an active enrollment", ok: notEnrolled === 0, figure: String(notEnrolled) },
    { label: "orders whose ledger lines do not balance", ok: unbalanced === 0, figure: String(unbalanced) },
    {
      label: "ledger (GROSS + DISCOUNT) = payments = order totals",
      ok: sums.totals === sums.payments && sums.payments === sums.ledger,
      figure: `${sums.ledger} = ${sums.payments} = ${sums.totals} MMK`,
    },
  ];
  if (options.receipts) {
    const receiptsOff = await one(
      client,
      `SELECT count(*) AS n FROM (SELECT o.id FROM orders o LEFT JOIN notifications n ON n.kind = 'ORDER_RECEIPT' AND n.data->>'orderId' = o.id::text
       WHERE ${scope} GROUP BY o.id HAVING count(n.id) <> 1) x`,
      params,
    );
    checks.push({ label: "paid orders without exactly one receipt notification", ok: receiptsOff === 0, figure: String(receiptsOff) });
  }
  return checks;
}

/** Orphans anywhere in the database: money or ledger lines on an order that is not paid. */
export async function orphanChecks(client: pg.Client): Promise<Check[]> {
  const paymentsOnUnpaid = await one(client, "SELECT count(*) AS n FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.status = 'SUCCEEDED' AND o.status NOT IN ('PAID', 'REFUNDED', 'PARTIALLY_REFUNDED')");
  const linesOnUnpaid = await one(
    client,
    "SELECT count(*) AS n FROM ledger_entries l JOIN orders o ON o.id = l.order_id WHERE o.status NOT IN ('PAID', 'REFUNDED', 'PARTIALLY_REFUNDED')",
  );
  const paidAtProviderOnly = await one(
    client,
    `SELECT count(*) AS n FROM sandbox_payments s LEFT JOIN orders o ON o.reference = s.merchant_reference
     WHERE s.status = 'PAID' AND (o.id IS NULL OR o.status NOT IN ('PAID', 'REFUNDED', 'PARTIALLY_REFUNDED'))`,
  );
  return [
    { label: "succeeded payments on an order that is not paid", ok: paymentsOnUnpaid === 0, figure: String(paymentsOnUnpaid) },
    { label: "ledger lines on an order that is not paid", ok: linesOnUnpaid === 0, figure: String(linesOnUnpaid) },
    { label: "paid at the provider but not paid here", ok: paidAtProviderOnly === 0, figure: String(paidAtProviderOnly) },
  ];
}

/** Waits until the outbox has nothing left to deliver (or `timeoutMs`); returns what is left. */
export async function drainOutbox(client: pg.Client, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const left = await one(client, "SELECT count(*) AS n FROM outbox_messages WHERE status NOT IN ('DELIVERED', 'DEAD', 'FAILED')");
    if (left === 0 || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export const checksHold = (checks: Check[]) => checks.every((c) => c.ok);

export function printChecks(checks: Check[]): void {
  for (const c of checks) process.stdout.write(`  ${c.ok ? "ok  " : "FAIL"} ${c.label}: ${c.figure}\n`);
}
