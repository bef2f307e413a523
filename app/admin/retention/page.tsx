import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/admin-page";
import { listRetentionRuns } from "@/lib/admin/retention/list-retention-runs";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatCount } from "@/lib/i18n/format-money";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.retention");
  return { title: t("title"), robots: { index: false } };
}

/** The retention run history (policy S7, C5, M4), newest first. Platform admins only. */
export default async function AdminRetentionPage() {
  const actor = await requireAdminPage("/admin/retention");
  const [t, format, locale, runs] = await Promise.all([getTranslations("platformAdmin.retention"), getFormatter(), currentLocale(), listRetentionRuns(actor)]);
  const at = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {runs.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                <th className="py-2 pr-4">{t("columns.rule")}</th>
                <th className="py-2 pr-4">{t("columns.started")}</th>
                <th className="py-2 pr-4">{t("columns.cutoff")}</th>
                <th className="py-2 pr-4">{t("columns.deleted")}</th>
                <th className="py-2 pr-4">{t("columns.duration")}</th>
                <th className="py-2">{t("columns.result")}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4 font-mono text-xs">{run.rule}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={run.startedAt}>{at(run.startedAt)}</time>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={run.cutoff}>{at(run.cutoff)}</time>
                  </td>
                  <td className="py-2 pr-4">{formatCount(run.deletedCount, locale)}</td>
                  <td className="py-2 pr-4">{run.durationMs === null ? "—" : t("seconds", { seconds: format.number(run.durationMs / 1000, { maximumFractionDigits: 1 }) })}</td>
                  <td className={`py-2 ${run.error ? "font-mono text-xs text-red-700" : ""}`}>{run.error ?? (run.finishedAt ? t("ok") : t("running"))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
