import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/center/activity-table";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { listActivity } from "@/lib/audit/list-activity";
import { AppError } from "@/lib/http/errors";
import { pageQuery } from "@/lib/http/pagination";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerAdmin.activity");
  return { title: t("title"), robots: { index: false } };
}

/** The center's activity log (policy C1): who did what, when, from which IP and device. */
export default async function CenterActivityPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/activity`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerAdmin.activity"), searchParams]);
  if (!hasPermission(access, "activity.read")) {
    return <CenterForbiddenPage access={access} locale={locale} wide />;
  }
  // A cursor that does not decode starts from the newest entries instead of failing the page.
  const cursor = pageQuery.safeParse({ cursor: query.cursor }).data?.cursor;
  const page = await listActivity(access, { cursor, limit: 50 }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return listActivity(access, { limit: 50 });
    throw error;
  });
  const base = `/center/${encodeURIComponent(access.centerSlug)}/activity`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <h2 className="mt-8 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <ActivityTable
        items={page.items}
        locale={locale}
        nextHref={page.nextCursor ? `${base}?cursor=${encodeURIComponent(page.nextCursor)}` : null}
        firstHref={cursor ? base : null}
      />
    </main>
  );
}
