import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/admin-page";
import { listChildReports, type ChildReportRow } from "@/lib/admin/child-reports/list-child-reports";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.childReports");
  return { title: t("title"), robots: { index: false } };
}

/** The queue of child-account reports (policy S9): open ones first, oldest first. Platform admins only. */
export default async function AdminChildReportsPage() {
  const actor = await requireAdminPage("/admin/child-reports");
  const [t, format, { open, handled }] = await Promise.all([getTranslations("platformAdmin.childReports"), getFormatter(), listChildReports(actor)]);
  const at = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  const table = (rows: ChildReportRow[]) => (
    <div className="mt-2 overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th className="py-2 pr-4">{t("columns.received")}</th>
            <th className="py-2 pr-4">{t("columns.account")}</th>
            <th className="py-2 pr-4">{t("columns.status")}</th>
            <th className="py-2 pr-4">{t("columns.reporter")}</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100">
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={row.createdAt}>{at(row.createdAt)}</time>
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{row.subject ? (row.subject.contact ?? "—") : t("accountGone")}</td>
              <td className="py-2 pr-4">{t(`status.${row.status}`)}</td>
              <td className="py-2 pr-4">{t(row.signedInReporter ? "reporter.signedIn" : "reporter.anonymous")}</td>
              <td className="py-2">
                <Link href={`/admin/child-reports/${row.id}`} className="text-brand-700 hover:underline">
                  {t("open")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <h2 className="mt-8 text-lg font-semibold">{t("openTitle")}</h2>
      {open.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("emptyOpen")}</p> : table(open)}
      <h2 className="mt-8 text-lg font-semibold">{t("handledTitle")}</h2>
      {handled.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("emptyHandled")}</p> : table(handled)}
    </main>
  );
}
