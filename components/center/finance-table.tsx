import { getTranslations } from "next-intl/server";
import type { FinanceFigures } from "@/lib/commerce/reports/finance-figures";
import type { FinanceReport, FinanceRow } from "@/lib/commerce/reports/finance-report";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "./data-table";
import { PROVIDER_NAMES } from "./provider-names";

const FIGURES = ["gross", "discounts", "refunds", "providerFees", "commission", "net"] as const satisfies readonly (keyof FinanceFigures)[];

const INTL_LOCALE: Record<Locale, string> = { my: "my-MM", en: "en-GB" };

/** A Yangon calendar day (YYYY-MM-DD) as the locale writes it; `month` drops the day. */
export function formatReportDay(day: string, locale: Locale, month = false): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "UTC",
    year: "numeric",
    month: month ? "long" : "short",
    day: month ? undefined : "numeric",
    numberingSystem: locale === "my" ? "mymr" : "latn",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function FigureCells({ figures, currency, locale }: { figures: FinanceFigures; currency: string; locale: Locale }) {
  return (
    <>
      <td className="py-2 pr-3 text-right tabular-nums">{formatCount(figures.orders, locale)}</td>
      {FIGURES.map((name) => (
        <td key={name} className={`py-2 pr-3 text-right whitespace-nowrap tabular-nums${name === "net" ? " font-semibold" : ""}`}>
          {formatMoney({ amount: figures[name], currency }, locale)}
        </td>
      ))}
    </>
  );
}

/** The report's totals (one line per currency) and its grouped rows, or the empty state. */
export async function FinanceTable({ report, locale }: { report: FinanceReport; locale: Locale }) {
  const t = await getTranslations("centerFinance");
  if (report.rows.length === 0) return <p className="mt-6 text-slate-500" data-testid="finance-empty">{t("empty")}</p>;
  const label = (row: FinanceRow): string => {
    if (row.course) return row.course.title;
    if (row.method) return `${PROVIDER_NAMES[row.method.provider]} · ${row.method.name ?? t("noMethod")}`;
    if (report.groupBy === "week") return t("weekOf", { date: formatReportDay(row.key, locale) });
    return formatReportDay(row.key, locale, report.groupBy === "month");
  };
  const firstColumn = report.groupBy === "course" ? "course" : report.groupBy === "method" ? "method" : "period";
  const head = (first: string) => (
    <>
      <th className="py-2 pr-3">{first}</th>
      <th className="py-2 pr-3">{t("columns.currency")}</th>
      <th className="py-2 pr-3 text-right">{t("columns.orders")}</th>
      {FIGURES.map((name) => (
        <th key={name} className="py-2 pr-3 text-right">
          {t(`columns.${name}`)}
        </th>
      ))}
    </>
  );
  return (
    <>
      <h3 className="mt-8 font-semibold">{t("totalsHeading", { from: formatReportDay(report.from, locale), to: formatReportDay(report.to, locale) })}</h3>
      <DataTable testId="finance-totals" wrapperMargin="mt-3" head={head("")}>
        {report.totals.map((total) => (
          <tr key={total.currency} data-currency={total.currency}>
            <td className="py-2 pr-3" />
            <td className="py-2 pr-3">{total.currency}</td>
            <FigureCells figures={total} currency={total.currency} locale={locale} />
          </tr>
        ))}
      </DataTable>
      <h3 className="mt-8 font-semibold">{t("tableHeading", { group: t(`filter.groups.${report.groupBy}`) })}</h3>
      <DataTable testId="finance-table" wrapperMargin="mt-3" head={head(t(`columns.${firstColumn}`))}>
        {report.rows.map((row) => (
          <tr key={`${row.key}:${row.currency}`}>
            <td className="py-2 pr-3">{label(row)}</td>
            <td className="py-2 pr-3">{row.currency}</td>
            <FigureCells figures={row} currency={row.currency} locale={locale} />
          </tr>
        ))}
      </DataTable>
    </>
  );
}
