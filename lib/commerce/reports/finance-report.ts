import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { readFromReplica } from "@/lib/db-replicas";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { addFigures, toFigures, ZERO_FIGURES, type FigureRow, type FinanceFigures } from "./finance-figures";
import { financeReportInput, type FinanceReportInput } from "./finance-input";
import { financeReportSql, type FinanceGroup } from "./finance-sql";

export type FinanceCurrency = "MMK" | "USD";

/** One group of the report: a period's first day (YYYY-MM-DD), a course or a payment method. */
export type FinanceRow = FinanceFigures & {
  key: string;
  currency: FinanceCurrency;
  /** Set when grouped by course. */
  course?: { id: string; title: string };
  /** Set when grouped by method: the provider and the method it reported (null when it said none). */
  method?: { provider: "stripe" | "dinger" | "kbzpay"; name: string | null };
};

export type FinanceReport = {
  from: string;
  to: string;
  groupBy: FinanceGroup;
  rows: FinanceRow[];
  /** One total per currency the center sold in (MMK first). */
  totals: (FinanceFigures & { currency: FinanceCurrency })[];
};

type Row = FigureRow & { key: string; currency: FinanceCurrency; title_en?: string | null; title_my?: string | null; provider?: string; method?: string | null };

/**
 * A center's sales, discounts, refunds, fees, commission and net for a period of Yangon days,
 * grouped by day, week, month, course or payment method, per currency (`order.read`). The sums
 * come from the ledger (ADR 0016), so they agree with the center's balance. Read from a replica when
 * one is configured (ADR 0045): a sale appears there within the replication lag.
 */
export async function financeReport(access: CenterAccess, input: FinanceReportInput, locale: Locale = "en"): Promise<FinanceReport> {
  requirePermission(access, "order.read");
  const { from, to, groupBy } = financeReportInput.parse(input);
  const sql = financeReportSql(groupBy, { centerId: access.centerId, from, to });
  const rows = await readFromReplica((reader) => reader.$queryRawUnsafe<Row[]>(sql.text, ...sql.values));
  const totals = new Map<FinanceCurrency, FinanceFigures>();
  const items = rows.map((row): FinanceRow => {
    const figures = toFigures(row);
    totals.set(row.currency, addFigures(totals.get(row.currency) ?? ZERO_FIGURES, figures));
    const item: FinanceRow = { key: row.key, currency: row.currency, ...figures };
    if (groupBy === "course") item.course = { id: row.key, title: localized(row.title_en, row.title_my, locale) };
    if (groupBy === "method") item.method = { provider: (row.provider ?? "").toLowerCase() as "kbzpay", name: row.method ?? null };
    return item;
  });
  return {
    from,
    to,
    groupBy,
    rows: items,
    totals: [...totals].sort(([a], [b]) => (a === "MMK" ? -1 : b === "MMK" ? 1 : a.localeCompare(b))).map(([currency, figures]) => ({ currency, ...figures })),
  };
}
