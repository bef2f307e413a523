-- Daily sums of the ledger for the finance report (ADR 0024): one row per center, Yangon day,
-- currency, course and payment method, kept by a statement trigger on ledger_entries so that a
-- report over a year reads a few thousand rows instead of every ledger line.
CREATE TABLE "finance_daily" (
    "center_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "currency" "Currency" NOT NULL,
    "course_id" UUID NOT NULL,
    "provider" "PaymentProvider" NOT NULL,
    "method" TEXT NOT NULL DEFAULT '',
    "gross" BIGINT NOT NULL DEFAULT 0,
    "discounts" BIGINT NOT NULL DEFAULT 0,
    "refunds" BIGINT NOT NULL DEFAULT 0,
    "provider_fees" BIGINT NOT NULL DEFAULT 0,
    "commission" BIGINT NOT NULL DEFAULT 0,
    "net" BIGINT NOT NULL DEFAULT 0,
    "orders" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "finance_daily_pkey" PRIMARY KEY ("center_id","day","currency","course_id","provider","method")
);

-- Security-critical for the report's truth: every change to ledger lines (insert, and the update
-- or delete that only repairs and tests do) is folded into the sums in the same transaction.
-- The figures are those of lib/commerce/reports/finance-sql.ts (signed from the center's side;
-- CENTER_NET and payouts are not sales). The method is the order's first successful payment's,
-- recorded before its ledger lines (fulfil-order.ts). Rows are merged in key order so that two
-- transactions never wait on each other in opposite orders.
CREATE FUNCTION "finance_daily_apply"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changes text;
BEGIN
  changes := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.center_id, n.order_id, n.refund_id, n.type, n.amount, n.currency, n.occurred_at, 1 AS sign FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT o.center_id, o.order_id, o.refund_id, o.type, o.amount, o.currency, o.occurred_at, -1 AS sign FROM old_rows o'
    ELSE 'SELECT n.center_id, n.order_id, n.refund_id, n.type, n.amount, n.currency, n.occurred_at, 1 AS sign FROM new_rows n
          UNION ALL SELECT o.center_id, o.order_id, o.refund_id, o.type, o.amount, o.currency, o.occurred_at, -1 AS sign FROM old_rows o'
  END;
  EXECUTE format($sql$
    INSERT INTO finance_daily AS f (center_id, day, currency, course_id, provider, method, gross, discounts, refunds, provider_fees, commission, net, orders)
    SELECT le.center_id, (le.occurred_at AT TIME ZONE 'Asia/Yangon')::date, le.currency, o.course_id, o.provider, coalesce(pm.method, ''),
      coalesce(sum(le.sign * le.amount) FILTER (WHERE le.type = 'GROSS'), 0),
      coalesce(sum(le.sign * le.amount) FILTER (WHERE le.type = 'DISCOUNT'), 0),
      coalesce(sum(le.sign * CASE WHEN le.type = 'REFUND' THEN le.amount WHEN le.type = 'PLATFORM_COMMISSION' AND le.refund_id IS NOT NULL THEN -le.amount END), 0),
      coalesce(sum(le.sign * le.amount) FILTER (WHERE le.type = 'PROVIDER_FEE'), 0),
      coalesce(sum(le.sign * le.amount) FILTER (WHERE le.type = 'PLATFORM_COMMISSION'), 0),
      coalesce(sum(le.sign * le.amount) FILTER (WHERE le.refund_id IS NULL OR le.type = 'REFUND'), 0),
      coalesce(sum(le.sign) FILTER (WHERE le.type = 'GROSS'), 0)
    FROM (%s) le
    JOIN orders o ON o.id = le.order_id AND o.center_id = le.center_id
    LEFT JOIN LATERAL (
      SELECT p.method FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED' ORDER BY p.paid_at, p.id LIMIT 1
    ) pm ON true
    WHERE le.type IN ('GROSS', 'DISCOUNT', 'PROVIDER_FEE', 'PLATFORM_COMMISSION', 'REFUND')
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (center_id, day, currency, course_id, provider, method) DO UPDATE SET
      gross = f.gross + EXCLUDED.gross,
      discounts = f.discounts + EXCLUDED.discounts,
      refunds = f.refunds + EXCLUDED.refunds,
      provider_fees = f.provider_fees + EXCLUDED.provider_fees,
      commission = f.commission + EXCLUDED.commission,
      net = f.net + EXCLUDED.net,
      orders = f.orders + EXCLUDED.orders
  $sql$, changes);
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "ledger_entries_finance_daily_insert" AFTER INSERT ON "ledger_entries"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "finance_daily_apply"();
CREATE TRIGGER "ledger_entries_finance_daily_update" AFTER UPDATE ON "ledger_entries"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "finance_daily_apply"();
CREATE TRIGGER "ledger_entries_finance_daily_delete" AFTER DELETE ON "ledger_entries"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "finance_daily_apply"();

-- The lines already posted.
INSERT INTO finance_daily (center_id, day, currency, course_id, provider, method, gross, discounts, refunds, provider_fees, commission, net, orders)
SELECT le.center_id, (le.occurred_at AT TIME ZONE 'Asia/Yangon')::date, le.currency, o.course_id, o.provider, coalesce(pm.method, ''),
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'GROSS'), 0),
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'DISCOUNT'), 0),
  coalesce(sum(CASE WHEN le.type = 'REFUND' THEN le.amount WHEN le.type = 'PLATFORM_COMMISSION' AND le.refund_id IS NOT NULL THEN -le.amount END), 0),
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'PROVIDER_FEE'), 0),
  coalesce(sum(le.amount) FILTER (WHERE le.type = 'PLATFORM_COMMISSION'), 0),
  coalesce(sum(le.amount) FILTER (WHERE le.refund_id IS NULL OR le.type = 'REFUND'), 0),
  count(*) FILTER (WHERE le.type = 'GROSS')
FROM ledger_entries le
JOIN orders o ON o.id = le.order_id AND o.center_id = le.center_id
LEFT JOIN LATERAL (
  SELECT p.method FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED' ORDER BY p.paid_at, p.id LIMIT 1
) pm ON true
WHERE le.type IN ('GROSS', 'DISCOUNT', 'PROVIDER_FEE', 'PLATFORM_COMMISSION', 'REFUND')
GROUP BY 1, 2, 3, 4, 5, 6;
