import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { StaffSessionsTable } from "@/components/center/settings/staff-sessions-table";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { listStaffSessions } from "@/lib/centers/settings/list-staff-sessions";
import { currentLocale } from "@/lib/i18n/current-locale";
import { revokeStaffSessionAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerSettings.sessions");
  return { title: t("title"), robots: { index: false } };
}

/** The active web and mobile sign-ins of the center's staff (`session.read`), with sign-out. */
export default async function CenterStaffSessionsPage({ params }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/settings/sessions`);
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("centerSettings.sessions")]);
  if (!hasPermission(access, "session.read")) return <CenterForbiddenPage access={access} locale={locale} />;
  const sessions = await listStaffSessions(access);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <Link href={`/center/${encodeURIComponent(access.centerSlug)}/settings`} className="mt-6 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h2 className="mt-4 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <StaffSessionsTable sessions={sessions} locale={locale} revoke={revokeStaffSessionAction.bind(null, access.centerSlug)} />
    </main>
  );
}
