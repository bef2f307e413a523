import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Button } from "@/components/ui/button";
import { requireAdminPage, shownError } from "@/lib/admin/admin-page";
import { getUserSummaryForAdmin } from "@/lib/admin/users/get-user-summary";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatCount } from "@/lib/i18n/format-money";
import { userStatusAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ userId: string }>; searchParams: Promise<{ done?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin.users");
  return { title: t("detailTitle"), robots: { index: false } };
}

/** One account for the operator: status, role, memberships, counts (never a message's text), deactivate/reactivate. */
export default async function AdminUserPage({ params, searchParams }: Props) {
  const { userId } = await params;
  const actor = await requireAdminPage(`/admin/users/${userId}`);
  const user = await getUserSummaryForAdmin(actor, userId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [t, tAdmin, format, locale, query] = await Promise.all([getTranslations("platformAdmin.users"), getTranslations("platformAdmin"), getFormatter(), currentLocale(), searchParams]);
  const at = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" }) : "—");
  const error = shownError(query.error);
  const fields: [string, string][] = [
    [t("fields.id"), user.id],
    [t("fields.name"), user.name ?? "—"],
    [t("fields.phone"), user.phone ?? "—"],
    [t("fields.email"), user.email ?? "—"],
    [t("fields.status"), t(`status.${user.status}`)],
    [t("fields.role"), t(`role.${user.role}`)],
    [t("fields.language"), t(`language.${user.locale}`)],
    [t("fields.ageConfirmed"), user.ageConfirmed ? t("yes") : t("no")],
    [t("fields.created"), at(user.createdAt)],
    [t("fields.lastLogin"), at(user.lastLoginAt)],
    [t("fields.deactivated"), at(user.deactivatedAt)],
    [t("fields.deleted"), at(user.deletedAt)],
  ];
  const counts = Object.entries(user.counts) as [keyof typeof user.counts, number][];
  const toggle = userStatusAction.bind(null, user.id);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
            {tAdmin("back")}
          </Link>
          <h1 className="mt-1 text-2xl font-bold">{t("detailTitle")}</h1>
        </div>
        <LanguageSwitch />
      </div>
      {query.done === "deactivate" || query.done === "reactivate" ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t(`done.${query.done}`)}</p> : null}
      {error ? <p role="alert" className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{tAdmin(`errors.${error}`)}</p> : null}
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        {fields.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="font-mono text-xs leading-5">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-lg font-semibold">{t("countsTitle")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {counts.map(([key, value]) => (
          <div key={key} className="rounded border border-slate-200 p-3">
            <dt className="text-xs text-slate-600">{t(`counts.${key}`)}</dt>
            <dd className="text-xl font-semibold">{formatCount(value, locale)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-lg font-semibold">{t("membershipsTitle")}</h2>
      {user.memberships.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noMemberships")}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {user.memberships.map((m) => (
            <li key={m.centerId}>
              {(locale === "my" ? m.nameMy : m.nameEn) ?? m.slug} — {t(`centerRole.${m.role as "OWNER"}`)}, {t(`membershipStatus.${m.status as "ACTIVE"}`)}
            </li>
          ))}
        </ul>
      )}
      {user.status === "ACTIVE" && user.id !== actor.userId ? (
        <section className="mt-8 rounded border border-red-200 p-4">
          <h2 className="text-lg font-semibold">{t("deactivateTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("deactivateExplain")}</p>
          <form action={toggle} className="mt-3 flex flex-col gap-3 text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirmed" value="yes" required />
              {t("deactivateConfirm")}
            </label>
            <div>
              <Button type="submit" name="action" value="deactivate" variant="danger">
                {t("deactivate")}
              </Button>
            </div>
          </form>
        </section>
      ) : null}
      {user.canReactivate ? (
        <section className="mt-8 rounded border border-slate-200 p-4">
          <h2 className="text-lg font-semibold">{t("reactivateTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("reactivateExplain")}</p>
          <form action={toggle} className="mt-3">
            <Button type="submit" name="action" value="reactivate">
              {t("reactivate")}
            </Button>
          </form>
        </section>
      ) : null}
    </main>
  );
}
