import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { requireAdminPage } from "@/lib/admin/admin-page";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { ADMIN_SECTIONS } from "@/lib/admin/sections";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformAdmin");
  return { title: t("title"), robots: { index: false } };
}

/** The admin home: what waits for the operator, and every admin page. Platform admins only; others see the 404 page. */
export default async function AdminHomePage() {
  const actor = await requireAdminPage("/admin");
  const [t, overview] = await Promise.all([getTranslations("platformAdmin"), getAdminOverview(actor)]);
  const waiting = [
    { href: "/admin/centers?status=PENDING", text: t("waiting.pendingCenters", { count: overview.pendingCenters }), count: overview.pendingCenters },
    { href: "/admin/child-reports", text: t("waiting.openChildReports", { count: overview.openChildReports }), count: overview.openChildReports },
    { href: "/admin/privacy-requests", text: t("waiting.openPrivacyRequests", { count: overview.openPrivacyRequests }), count: overview.openPrivacyRequests },
  ];
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <LanguageSwitch />
      </div>
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {waiting.map((item) => (
          <li key={item.href} className={`rounded border p-3 text-sm ${item.count > 0 ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}>
            <Link href={item.href} className="font-medium text-brand-700 hover:underline">
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.key} className="rounded border border-slate-200 p-4">
            <Link href={section.href} className="text-lg font-semibold text-brand-700 hover:underline">
              {t(`nav.${section.key}`)}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{t(`sections.${section.key}`)}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
