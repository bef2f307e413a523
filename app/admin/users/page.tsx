import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/admin/admin-page";
import { findUsersForAdmin } from "@/lib/admin/users/find-users";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.users");
  return { title: t("title"), robots: { index: false } };
}

/** Exact lookup of one person by phone, email or id; contacts masked. Platform admins only. */
export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await requireAdminPage("/admin/users");
  const { q } = await searchParams;
  const text = typeof q === "string" ? q.slice(0, 254) : "";
  const [t, format, users] = await Promise.all([getTranslations("platformAdmin.users"), getFormatter(), text ? findUsersForAdmin(actor, { q: text }) : Promise.resolve(null)]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Yangon" });
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <form method="get" role="search" className="mt-6 flex items-end gap-2 text-sm">
        <label className="flex flex-1 flex-col gap-1 sm:max-w-md">
          <span className="font-medium">{t("searchLabel")}</span>
          <input name="q" type="search" defaultValue={text} required maxLength={254} autoComplete="off" className="rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <Button type="submit">{t("search")}</Button>
      </form>
      {users === null ? null : users.length === 0 ? (
        <p role="status" className="mt-6 text-sm text-slate-600">
          {t("noResults")}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                <th className="py-2 pr-4">{t("columns.name")}</th>
                <th className="py-2 pr-4">{t("columns.contact")}</th>
                <th className="py-2 pr-4">{t("columns.status")}</th>
                <th className="py-2 pr-4">{t("columns.role")}</th>
                <th className="py-2 pr-4">{t("columns.created")}</th>
                <th className="py-2" />
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4">{user.name ?? "—"}</td>
                  <td className="py-2 pr-4 font-mono text-xs">
                    {user.phone ?? ""} {user.email ?? ""}
                  </td>
                  <td className="py-2 pr-4">{t(`status.${user.status}`)}</td>
                  <td className="py-2 pr-4">{t(`role.${user.role}`)}</td>
                  <td className="py-2 pr-4">
                    <time dateTime={user.createdAt}>{day(user.createdAt)}</time>
                  </td>
                  <td className="py-2">
                    <Link href={`/admin/users/${user.id}`} className="text-brand-700 hover:underline">
                      {t("open")}
                    </Link>
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
