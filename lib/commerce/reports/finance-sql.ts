/**
 * The SQL of the finance report and its CSV export (ADR 0016 ledger lines), shared with
 * scripts/bench/finance.ts: no server-only imports here. Every value is a bound parameter
 * ($1 center, $2 first day, $3 last day, both Yangon calendar dates); the time zone is a constant.
 */
export const FINANCE_GROUPS = ["day", "week", "month", "course", "method"] as const;
export type FinanceGroup = (typeof FINANCE_GROUPS)[number];

/** Myanmar's calendar: periods and day/week/month buckets are Yangon days, whatever the server's zone. */
export const REPORT_TIME_ZONE = "Asia/Yangon";

export type SqlQuery = { text: string; values: unknown[] };
export type FinancePeriod = { centerId: string; from: string; to: string };

/**
 * The figures of a set of ledger lines, signed from the center's side. A refund posts
 * REFUND −(amount − commission returned) and PLATFORM_COMMISSION +commission returned, so the
 * money given back is REFUND minus that commission line; commission is every commission line.
 * Net, what the center keeps, is CENTER_NET + REFUND; as CENTER_NET is by construction the sum of
 * the order's other lines (postings.ts), net is computed as gross + discounts + fees + order
 * commission + REFUND, which spares reading the CENTER_NET lines (a third of the table).
 * Sums are bigint: a year of a busy center exceeds int4.
 */
const FIGURES = `
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'GROSS'), 0)::bigint AS gross,
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'DISCOUNT'), 0)::bigint AS discounts,
  coalesce(sum(CASE WHEN le.type = 'REFUND' THEN le.amount WHEN le.type = 'PLATFORM_COMMISSION' AND le.refund_id IS NOT NULL THEN -le.amount END), 0)::bigint AS refunds,
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'PROVIDER_FEE'), 0)::bigint AS provider_fees,
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'PLATFORM_COMMISSION'), 0)::bigint AS commission,
  coalesce(sum(le.amount) FILTER (WHERE le.refund_id IS NULL OR le.type = 'REFUND'), 0)::bigint AS net,
  count(*) FILTER (WHERE le.type = 'GROSS')::bigint AS orders`;

// [first day 00:00, the day after the last 00:00) in Yangon time; payouts are not sales, and
// CENTER_NET is left out (see FIGURES).
const PERIOD = `le.center_id = $1::uuid
  AND le.occurred_at >= ($2::date::timestamp AT TIME ZONE '${REPORT_TIME_ZONE}')
  AND le.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE '${REPORT_TIME_ZONE}')
  AND le.type IN ('GROSS', 'DISCOUNT', 'PROVIDER_FEE', 'PLATFORM_COMMISSION', 'REFUND')`;

// The method the provider reported for the order's (first) successful payment.
const PAYMENT_METHOD = `LEFT JOIN LATERAL (
    SELECT p.method FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED' ORDER BY p.paid_at, p.id LIMIT 1
  ) pm ON true`;

const FIGURE_COLUMNS = "g.gross, g.discounts, g.refunds, g.provider_fees, g.commission, g.net, g.orders";

// The report reads the daily sums (finance_daily, ADR 0024), which a trigger keeps equal to FIGURES
// over the ledger lines of each (center, Yangon day, currency, course, method).
const DAILY_FIGURES = `sum(f.gross)::bigint AS gross, sum(f.discounts)::bigint AS discounts, sum(f.refunds)::bigint AS refunds,
  sum(f.provider_fees)::bigint AS provider_fees, sum(f.commission)::bigint AS commission, sum(f.net)::bigint AS net,
  sum(f.orders)::bigint AS orders`;
const DAILY_PERIOD = "f.center_id = $1::uuid AND f.day >= $2::date AND f.day <= $3::date";

/** One query per grouping; rows are (key, currency, labels…, figures), ordered for display. */
export function financeReportSql(groupBy: FinanceGroup, period: FinancePeriod): SqlQuery {
  const values = [period.centerId, period.from, period.to];
  switch (groupBy) {
    case "day":
    case "week":
    case "month":
      return {
        text: `SELECT to_char(date_trunc('${groupBy}', f.day::timestamp), 'YYYY-MM-DD') AS key, f.currency::text AS currency, ${DAILY_FIGURES}
          FROM finance_daily f WHERE ${DAILY_PERIOD}
          GROUP BY 1, 2 ORDER BY 1, 2`,
        values,
      };
    case "course":
      // Titles from the center's own courses: an index range of them, not a scan of the catalog (bench:scale).
      return {
        text: `SELECT g.course_id::text AS key, g.currency, c.title_en, c.title_my, ${FIGURE_COLUMNS}
          FROM (SELECT f.course_id, f.currency::text AS currency, ${DAILY_FIGURES}
                FROM finance_daily f WHERE ${DAILY_PERIOD} GROUP BY 1, 2) g
          JOIN courses c ON c.id = g.course_id AND c.center_id = $1::uuid
          ORDER BY g.net DESC, g.course_id, g.currency`,
        values,
      };
    case "method":
      // The method the provider reported for the order's first successful payment ('' when none).
      return {
        text: `SELECT g.provider || ':' || g.method AS key, g.currency, g.provider, nullif(g.method, '') AS method, ${FIGURE_COLUMNS}
          FROM (SELECT f.provider::text AS provider, f.method, f.currency::text AS currency, ${DAILY_FIGURES}
                FROM finance_daily f WHERE ${DAILY_PERIOD} GROUP BY 1, 2, 3) g
          ORDER BY g.net DESC, key, g.currency`,
        values,
      };
  }
}

/** The zero uuid: the keyset cursor before the first order. */
export const FIRST_ORDER_CURSOR = "00000000-0000-0000-0000-000000000000";

/**
 * One batch of the CSV export: the orders with ledger lines in the period after `cursor` (by
 * order id, a stable keyset), each with the figures of its lines in the period, so the export
 * adds up to the report. `$4` is the cursor, `$5` the batch size.
 */
export function financeExportBatchSql(period: FinancePeriod, cursor: string, limit: number): SqlQuery {
  return {
    text: `WITH batch AS (
        SELECT le.order_id, le.currency::text AS currency, ${FIGURES}
        FROM ledger_entries le WHERE ${PERIOD} AND le.order_id > $4::uuid
        GROUP BY le.order_id, le.currency ORDER BY le.order_id LIMIT $5)
      SELECT g.order_id::text AS order_id, g.currency, o.reference, o.paid_at, o.provider::text AS provider, pm.method,
        c.title_en, c.title_my, ${FIGURE_COLUMNS}
      FROM batch g
      JOIN orders o ON o.id = g.order_id AND o.center_id = $1::uuid
      JOIN courses c ON c.id = o.course_id
      ${PAYMENT_METHOD}
      ORDER BY g.order_id`,
    values: [period.centerId, period.from, period.to, cursor, limit],
  };
}
