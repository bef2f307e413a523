import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { POLICY_DATE } from "@/components/privacy/policy-date";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getWebActor } from "@/lib/auth/web-actor";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatCount } from "@/lib/i18n/format-money";
import { localized } from "@/lib/i18n/localized";
import { listPolicyVersions } from "@/lib/privacy/policies/admin/list-policy-versions";
import { NOTICE_DAYS, POLICY_KINDS } from "@/lib/privacy/policies/kinds";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ done?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("policies.admin");
  return { title: t("title"), robots: { index: false } };
}

/** The operator's policy versions per kind (ADR 0033). Platform admins only; anyone else sees the 404 page. */
export default async function AdminPoliciesPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent("/admin/policies")}`);
  if (actor.platformRole !== "PLATFORM_ADMIN") notFound();
  const [locale, t, tKinds, format, query, versions] = await Promise.all([
    currentLocale(),
    getTranslations("policies.admin"),
    getTranslations("policies.kinds"),
    getFormatter(),
    searchParams,
    listPolicyVersions(actor),
  ]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro", { days: NOTICE_DAYS })}</p>
        </div>
        <LanguageSwitch />
      </div>
      {query.done === "discarded" ? <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm text-green-800">{t("done.discarded")}</p> : null}
      <p className="mt-4">
        <Link href="/admin/policies/new" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {t("newDraft")}
        </Link>
      </p>
      {POLICY_KINDS.map((kind) => (
        <section key={kind} className="mt-8" data-testid={`admin-policies-${kind}`}>
          <h2 className="text-lg font-semibold">{tKinds(kind)}</h2>
          {versions[kind].length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <div className="mt-2 overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-xs text-slate-600">
                  <tr>
                    <th className="py-2 pr-4">{t("columns.version")}</th>
                    <th className="py-2 pr-4">{t("columns.title")}</th>
                    <th className="py-2 pr-4">{t("columns.status")}</th>
                    <th className="py-2 pr-4">{t("columns.effective")}</th>
                    <th className="py-2 pr-4">{t("columns.material")}</th>
                    <th className="py-2">{t("columns.acknowledgements")}</th>
                  </tr>
                </thead>
                <tbody>
                  {versions[kind].map((row) => (
                    <tr key={row.id} className="border-b border-slate-100" data-status={row.status}>
                      <td className="py-2 pr-4">
                        <Link href={`/admin/policies/${row.id}`} className="text-brand-700 underline">
                          {row.version}
                        </Link>
                      </td>
                      <td className="py-2 pr-4">{localized(row.titleEn, row.titleMy, locale)}</td>
                      <td className="py-2 pr-4">{t(`status.${row.status}`)}</td>
                      <td className="py-2 pr-4">{format.dateTime(row.effectiveAt, { ...POLICY_DATE, timeStyle: "short" })}</td>
                      <td className="py-2 pr-4">{row.material ? t("yes") : t("no")}</td>
                      <td className="py-2">{formatCount(row.acknowledgements, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </main>
  );
}
