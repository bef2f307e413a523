import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { FinanceFilter } from "@/components/center/finance-filter";
import { FinanceTable } from "@/components/center/finance-table";
import { ReconciliationStatus } from "@/components/center/reconciliation-status";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { defaultFinancePeriod, financeReportInput } from "@/lib/commerce/reports/finance-input";
import { getCenterReconciliationStatus } from "@/lib/commerce/reconciliation/center-status";
import { financeReport } from "@/lib/commerce/reports/finance-report";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerFinance");
  return { title: t("title"), robots: { index: false } };
}

/** The center's finance report (owners, admins, the operator: `order.read`) and its CSV. */
export default async function CenterFinancePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/finance`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerFinance"), searchParams]);
  if (!hasPermission(access, "order.read")) {
    return <CenterForbiddenPage access={access} locale={locale} wide />;
  }
  // A period that does not parse falls back to this month, and the page says why.
  const fallback = defaultFinancePeriod();
  const requested = { from: firstParam(query.from) ?? fallback.from, to: firstParam(query.to) ?? fallback.to, groupBy: firstParam(query.group) ?? "month" };
  const parsed = financeReportInput.safeParse(requested);
  const issue = parsed.error?.issues[0];
  const problem = !issue ? null : issue.message === "before_from" || issue.message === "range_too_long" ? issue.message : "format";
  const input = parsed.success ? parsed.data : { ...fallback, groupBy: financeReportInput.safeParse({ ...fallback, groupBy: requested.groupBy }).data?.groupBy ?? "month" };
  const [report, reconciliation] = await Promise.all([financeReport(access, input, locale), getCenterReconciliationStatus(access)]);

  const base = `/center/${encodeURIComponent(access.centerSlug)}/finance`;
  const csvHref = `${base}/export?${new URLSearchParams({ from: report.from, to: report.to })}`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <h2 className="mt-8 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <FinanceFilter action={base} from={parsed.success ? report.from : requested.from} to={parsed.success ? report.to : requested.to} group={report.groupBy} />
      {problem ? (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {t(`invalid.${problem}`)}
        </p>
      ) : null}
      <p className="mt-4 text-sm">
        <a href={csvHref} download className="text-brand-700 underline" data-testid="finance-csv">
          {t("download")}
        </a>
      </p>
      <FinanceTable report={report} locale={locale} />
      <ReconciliationStatus status={reconciliation} />
    </main>
  );
}
