import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Button } from "@/components/ui/button";
import { requireAdminPage, shownError } from "@/lib/admin/admin-page";
import { getChildReport } from "@/lib/admin/child-reports/list-child-reports";
import { AppError } from "@/lib/http/errors";
import { childReportAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ reportId: string }>; searchParams: Promise<{ done?: string; code?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.childReports");
  return { title: t("detailTitle"), robots: { index: false } };
}

/** One child-account report and the operator's decision: delete the account's personal data, or dismiss. */
export default async function AdminChildReportPage({ params, searchParams }: Props) {
  const { reportId } = await params;
  const actor = await requireAdminPage(`/admin/child-reports/${reportId}`);
  const report = await getChildReport(actor, reportId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [t, tAdmin, tUsers, format, query] = await Promise.all([
    getTranslations("platformAdmin.childReports"),
    getTranslations("platformAdmin"),
    getTranslations("platformAdmin.users"),
    getFormatter(),
    searchParams,
  ]);
  const at = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" }) : "—");
  const error = shownError(query.error);
  const code = typeof query.code === "string" && /^[A-F0-9]{16}$/.test(query.code) ? query.code : (report.confirmationCode ?? "");
  const act = childReportAction.bind(null, report.id);
  const subject = report.subject;
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <Link href="/admin/child-reports" className="text-sm text-brand-700 hover:underline">
            {tAdmin("back")}
          </Link>
          <h1 className="mt-1 text-2xl font-bold">{t("detailTitle")}</h1>
        </div>
        <LanguageSwitch />
      </div>
      {query.done === "delete" ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t("done.delete", { code })}</p> : null}
      {query.done === "dismiss" ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t("done.dismiss")}</p> : null}
      {error ? <p role="alert" className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{tAdmin(`errors.${error}`)}</p> : null}
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-medium text-slate-700">{t("fields.received")}</dt>
        <dd>{at(report.createdAt)}</dd>
        <dt className="font-medium text-slate-700">{t("fields.status")}</dt>
        <dd>{t(`status.${report.status}`)}</dd>
        <dt className="font-medium text-slate-700">{t("fields.account")}</dt>
        <dd className="font-mono text-xs leading-5">
          {subject ? (
            <>
              {subject.contact ?? "—"}{" "}
              <Link href={`/admin/users/${subject.userId}`} className="font-sans text-brand-700 hover:underline">
                {t("viewAccount")}
              </Link>
            </>
          ) : (
            t("accountGone")
          )}
        </dd>
        {subject ? (
          <>
            <dt className="font-medium text-slate-700">{t("fields.accountStatus")}</dt>
            <dd>{tUsers(`status.${subject.status}`)}</dd>
            <dt className="font-medium text-slate-700">{t("fields.accountCreated")}</dt>
            <dd>{at(report.subjectCreatedAt)}</dd>
            <dt className="font-medium text-slate-700">{t("fields.ageConfirmed")}</dt>
            <dd>{report.subjectAgeConfirmed ? tUsers("yes") : tUsers("no")}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-700">{t("fields.reason")}</dt>
        <dd className="whitespace-pre-wrap">{report.reason || t("reasonRemoved")}</dd>
        <dt className="font-medium text-slate-700">{t("fields.reporterContact")}</dt>
        <dd>{report.reporterContact ?? "—"}</dd>
        {report.actionedAt ? (
          <>
            <dt className="font-medium text-slate-700">{t("fields.actioned")}</dt>
            <dd>{at(report.actionedAt)}</dd>
          </>
        ) : null}
        {report.confirmationCode ? (
          <>
            <dt className="font-medium text-slate-700">{t("fields.code")}</dt>
            <dd className="font-mono">{report.confirmationCode}</dd>
          </>
        ) : null}
      </dl>
      {report.status === "OPEN" ? (
        <div className="mt-8 grid gap-4 sm:grid-cols-2">
          {subject ? (
            <section className="rounded border border-red-200 p-4">
              <h2 className="text-lg font-semibold">{t("deleteTitle")}</h2>
              <p className="mt-1 text-sm text-slate-600">{t("deleteExplain")}</p>
              <form action={act} className="mt-3 flex flex-col gap-3 text-sm">
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="confirmed" value="yes" required className="mt-1" />
                  {t("confirmLabel")}
                </label>
                <div>
                  <Button type="submit" name="action" value="delete" variant="danger">
                    {t("delete")}
                  </Button>
                </div>
              </form>
            </section>
          ) : null}
          <section className="rounded border border-slate-200 p-4">
            <h2 className="text-lg font-semibold">{t("dismissTitle")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("dismissExplain")}</p>
            <form action={act} className="mt-3">
              <Button type="submit" name="action" value="dismiss" variant="secondary">
                {t("dismiss")}
              </Button>
            </form>
          </section>
        </div>
      ) : null}
    </main>
  );
}
