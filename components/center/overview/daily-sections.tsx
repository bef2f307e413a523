import { getTranslations } from "next-intl/server";
import type { EnrollmentFigures } from "@/lib/centers/overview/enrollment-figures";
import type { CurrencyRefunds, CurrencyRevenue } from "@/lib/centers/overview/revenue-figures";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { ChartPanel, EmptySection } from "./chart-panel";
import { DayTable } from "./day-table";
import { LazyDailyChart } from "./lazy-charts";

/** New enrollments per Yangon day: chart and table. */
export async function EnrollmentsSection({ figures, locale }: { figures: EnrollmentFigures; locale: Locale }) {
  const t = await getTranslations("centerOverview.enrollments");
  if (figures.total === 0) return <EmptySection id="enrollments-heading" heading={t("heading")} message={t("empty")} />;
  const points = figures.days.map((d) => ({ day: d.day, value: d.count }));
  return (
    <ChartPanel id="enrollments-heading" heading={t("heading")} chart={<LazyDailyChart points={points} valueKind={{ kind: "count" }} valueLabel={t("count")} locale={locale} />}>
      <DayTable testId="overview-enrollments" dayHead={t("day")} valueHead={t("count")} rows={points.map((p) => ({ day: p.day, value: formatCount(p.value, locale) }))} locale={locale} />
    </ChartPanel>
  );
}

/** Paid orders' totals per day, one panel per currency (MMK and USD are never added together). */
export async function RevenueSections({ revenue, locale }: { revenue: CurrencyRevenue[]; locale: Locale }) {
  const t = await getTranslations("centerOverview.revenue");
  if (revenue.length === 0) return <EmptySection id="revenue-heading" heading={t("heading", { currency: "MMK" })} message={t("empty")} />;
  return revenue.map((series) => {
    const points = series.days.map((d) => ({ day: d.day, value: d.amount }));
    return (
      <ChartPanel
        key={series.currency}
        id={`revenue-${series.currency}-heading`}
        heading={t("heading", { currency: series.currency })}
        note={t("note")}
        chart={<LazyDailyChart points={points} valueKind={{ kind: "money", currency: series.currency }} valueLabel={t("amount")} locale={locale} />}
      >
        <DayTable
          testId={`overview-revenue-${series.currency}`}
          dayHead={t("day")}
          valueHead={t("amount")}
          rows={points.map((p) => ({ day: p.day, value: formatMoney({ amount: p.value, currency: series.currency }, locale) }))}
          locale={locale}
        />
      </ChartPanel>
    );
  });
}

/** Refunds that went through in the period: count and amount per currency. */
export async function RefundsSection({ refunds, locale }: { refunds: CurrencyRefunds[]; locale: Locale }) {
  const t = await getTranslations("centerOverview.refunds");
  if (refunds.length === 0) return <EmptySection id="refunds-heading" heading={t("heading")} message={t("empty")} />;
  return (
    <section aria-labelledby="refunds-heading" className="mt-8 rounded-lg border border-slate-200 p-4">
      <h3 id="refunds-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full max-w-md text-left text-sm" data-testid="overview-refunds">
          <thead className="border-b border-slate-200 text-slate-500">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">{t("currency")}</th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">{t("count")}</th>
              <th scope="col" className="py-1 text-right font-medium">{t("amount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {refunds.map((r) => (
              <tr key={r.currency}>
                <th scope="row" className="py-1 pr-2 font-normal">{r.currency}</th>
                <td className="py-1 pr-2 text-right tabular-nums">{formatCount(r.count, locale)}</td>
                <td className="py-1 text-right tabular-nums">{formatMoney({ amount: r.amount, currency: r.currency }, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
