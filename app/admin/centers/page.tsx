import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireAdminPage, shownError } from "@/lib/admin/admin-page";
import { CENTER_STATUSES, centerListQuery, listCentersForAdmin } from "@/lib/admin/centers/list-centers";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatCount } from "@/lib/i18n/format-money";
import { centerStatusAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string; done?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.centers");
  return { title: t("title"), robots: { index: false } };
}

const ACTIONS = { PENDING: ["approve"], ACTIVE: ["suspend"], SUSPENDED: ["reinstate"] } as const;
const DONE = new Set(["approve", "suspend", "reinstate"]);

/** The operator's centers: approve new ones, suspend or reinstate. Platform admins only. */
export default async function AdminCentersPage({ searchParams }: Props) {
  const actor = await requireAdminPage("/admin/centers");
  const query = await searchParams;
  // An unknown status in the address shows every center rather than failing the page.
  const status = centerListQuery.safeParse({ status: query.status }).data?.status;
  const [t, tAdmin, format, locale, centers] = await Promise.all([
    getTranslations("platformAdmin.centers"),
    getTranslations("platformAdmin"),
    getFormatter(),
    currentLocale(),
    listCentersForAdmin(actor, { status }),
  ]);
  const error = shownError(query.error);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Yangon" });
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {query.done && DONE.has(query.done) ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t(`done.${query.done as "approve"}`)}</p> : null}
      {error ? <p role="alert" className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{tAdmin(`errors.${error}`)}</p> : null}
      <form method="get" className="mt-6 flex items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("filterLabel")}</span>
          <select name="status" defaultValue={status ?? ""} className="rounded-md border border-slate-300 px-3 py-2">
            <option value="">{t("all")}</option>
            {CENTER_STATUSES.map((value) => (
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
      {centers.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                <th className="py-2 pr-4">{t("columns.name")}</th>
                <th className="py-2 pr-4">{t("columns.status")}</th>
                <th className="py-2 pr-4">{t("columns.courses")}</th>
                <th className="py-2 pr-4">{t("columns.staff")}</th>
                <th className="py-2 pr-4">{t("columns.created")}</th>
                <th className="py-2">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {centers.map((center) => (
                <tr key={center.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-4">
                    <div className="font-medium">{(locale === "my" ? center.nameMy : center.nameEn) ?? center.nameEn ?? center.nameMy ?? center.slug}</div>
                    <div className="font-mono text-xs text-slate-500">{center.slug}</div>
                  </td>
                  <td className="py-2 pr-4">{t(`status.${center.status}`)}</td>
                  <td className="py-2 pr-4">{formatCount(center.courseCount, locale)}</td>
                  <td className="py-2 pr-4">{formatCount(center.staffCount, locale)}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={center.createdAt}>{day(center.createdAt)}</time>
                  </td>
                  <td className="py-2">
                    <form action={centerStatusAction} className="flex gap-2">
                      <input type="hidden" name="centerId" value={center.id} />
                      {ACTIONS[center.status].map((action) => (
                        <Button key={action} type="submit" name="action" value={action} size="sm" variant={action === "suspend" ? "danger" : "primary"}>
                          {t(action)}
                        </Button>
                      ))}
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
