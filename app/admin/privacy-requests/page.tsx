import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { requireAdminPage, shownError } from "@/lib/admin/admin-page";
import { listPrivacyRequests, PRIVACY_KINDS, PRIVACY_STATUSES, privacyRequestQuery, type PrivacyRequestRow } from "@/lib/admin/privacy-requests/list-privacy-requests";
import { deleteByPsidAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ kind?: string; status?: string; deleted?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.privacyRequests");
  return { title: t("title"), robots: { index: false } };
}

/** The privacy request queue, and the operator's "delete chatbot data by PSID" form (M5). Platform admins only. */
export default async function AdminPrivacyRequestsPage({ searchParams }: Props) {
  const actor = await requireAdminPage("/admin/privacy-requests");
  const query = await searchParams;
  // Unknown filter values in the address show everything rather than failing the page.
  const kind = privacyRequestQuery.shape.kind.safeParse(query.kind).data;
  const status = privacyRequestQuery.shape.status.safeParse(query.status).data;
  const [t, tAdmin, format, rows] = await Promise.all([
    getTranslations("platformAdmin.privacyRequests"),
    getTranslations("platformAdmin"),
    getFormatter(),
    listPrivacyRequests(actor, { kind, status }),
  ]);
  const at = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" }) : "—");
  const error = shownError(query.error);
  const deleted = typeof query.deleted === "string" && /^[A-F0-9]{16}$/.test(query.deleted) ? query.deleted : null;
  const subjectText = (row: PrivacyRequestRow) =>
    row.subject.kind === "user" ? (row.subject.deleted ? t("subject.deleted") : (row.subject.contact ?? "—")) : t(`subject.${row.subject.kind}`);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {deleted ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t("psidDone", { code: deleted })}</p> : null}
      {error ? <p role="alert" className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{error === "validation_failed" ? t("psidInvalid") : tAdmin(`errors.${error}`)}</p> : null}
      <section className="mt-6 rounded border border-red-200 p-4">
        <h2 className="text-lg font-semibold">{t("psidTitle")}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("psidIntro")}</p>
        <form action={deleteByPsidAction} className="mt-3 flex flex-col gap-3 text-sm">
          <label className="flex flex-col gap-1 sm:max-w-sm">
            <span className="font-medium">{t("psidLabel")}</span>
            <input name="psid" required inputMode="numeric" pattern="[0-9]{5,32}" autoComplete="off" aria-describedby="psid-hint" className={inputClass} />
            <span id="psid-hint" className="text-xs text-slate-500">
              {t("psidHint")}
            </span>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="confirmed" value="yes" required />
            {t("psidConfirm")}
          </label>
          <div>
            <Button type="submit" variant="danger">
              {t("psidSubmit")}
            </Button>
          </div>
        </form>
      </section>
      <form method="get" className="mt-8 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("kindLabel")}</span>
          <select name="kind" defaultValue={kind ?? ""} className="rounded-md border border-slate-300 px-3 py-2">
            <option value="">{t("all")}</option>
            {PRIVACY_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`kind.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("statusLabel")}</span>
          <select name="status" defaultValue={status ?? ""} className="rounded-md border border-slate-300 px-3 py-2">
            <option value="">{t("all")}</option>
            {PRIVACY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                <th className="py-2 pr-4">{t("columns.received")}</th>
                <th className="py-2 pr-4">{t("columns.kind")}</th>
                <th className="py-2 pr-4">{t("columns.status")}</th>
                <th className="py-2 pr-4">{t("columns.subject")}</th>
                <th className="py-2 pr-4">{t("columns.code")}</th>
                <th className="py-2">{t("columns.completed")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4 whitespace-nowrap">{at(row.createdAt)}</td>
                  <td className="py-2 pr-4">{t(`kind.${row.kind}`)}</td>
                  <td className="py-2 pr-4">{t(`status.${row.status}`)}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{subjectText(row)}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{row.confirmationCode ?? "—"}</td>
                  <td className="py-2 whitespace-nowrap">{at(row.completedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
