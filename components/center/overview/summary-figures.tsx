import { getTranslations } from "next-intl/server";
import type { CenterOverview } from "@/lib/centers/overview/get-center-overview";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

type Figure = { key: string; label: string; value: string; hint?: string };

/** The period's headline numbers as a definition list: enrollments, active students, money. */
export async function SummaryFigures({ overview, locale }: { overview: CenterOverview; locale: Locale }) {
  const t = await getTranslations("centerOverview.figures");
  const figures: Figure[] = [];
  if (overview.enrollments) figures.push({ key: "enrollments", label: t("enrollments"), value: formatCount(overview.enrollments.total, locale) });
  if (overview.activeStudents !== null) {
    figures.push({ key: "active", label: t("activeStudents"), value: formatCount(overview.activeStudents, locale), hint: t("activeStudentsHint") });
  }
  if (overview.revenue) {
    if (overview.revenue.length === 0) figures.push({ key: "revenue", label: t("revenue", { currency: "MMK" }), value: t("noRevenue") });
    for (const revenue of overview.revenue) {
      figures.push({
        key: `revenue-${revenue.currency}`,
        label: t("revenue", { currency: revenue.currency }),
        value: formatMoney({ amount: revenue.total, currency: revenue.currency }, locale),
        hint: t("revenueOrders", { orders: revenue.orders }),
      });
    }
  }
  if (overview.refunds) {
    const value =
      overview.refunds.length === 0
        ? t("noRefunds")
        : overview.refunds.map((r) => t("refundsValue", { count: r.count, amount: formatMoney({ amount: r.amount, currency: r.currency }, locale) })).join(" · ");
    figures.push({ key: "refunds", label: t("refunds"), value });
  }
  return (
    <dl aria-label={t("label")} className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="overview-figures">
      {figures.map((figure) => (
        <div key={figure.key} className="rounded-lg border border-slate-200 p-3" data-figure={figure.key}>
          <dt className="text-sm text-slate-600">{figure.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{figure.value}</dd>
          {figure.hint ? <dd className="mt-1 text-xs text-slate-500">{figure.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
