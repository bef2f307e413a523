import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { AnnouncementFlash } from "@/components/center/notifications/announcement-flash";
import { AnnouncementTable } from "@/components/center/notifications/announcement-table";
import { Pager } from "@/components/center/pager";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { AppError } from "@/lib/http/errors";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { listAnnouncements } from "@/lib/notifications/announcements/list-announcements";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerNotifications.list");
  return { title: t("title"), robots: { index: false } };
}

/** The center's announcements with what became of them (`notification.read`: owners, admins, the operator). */
export default async function CenterNotificationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/notifications`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerNotifications.list"), searchParams]);
  if (!hasPermission(access, "notification.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;

  const cursor = firstParam(query.cursor);
  // A stale or hand-edited cursor falls back to the first page.
  const page = await listAnnouncements(access, { cursor, limit: PAGE_SIZE }, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return listAnnouncements(access, { limit: PAGE_SIZE }, locale);
    throw error;
  });
  const base = `/center/${encodeURIComponent(access.centerSlug)}/notifications`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {hasPermission(access, "notification.send") ? (
          <Link href={`${base}/new`} className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <AnnouncementFlash notice={firstParam(query.notice)} />
      <AnnouncementTable items={page.items} slug={access.centerSlug} centerId={access.centerId} canCancel={hasPermission(access, "notification.send")} />
      <Pager
        firstHref={cursor ? base : null}
        nextHref={page.nextCursor ? `${base}?cursor=${encodeURIComponent(page.nextCursor)}` : null}
        firstLabel={t("first")}
        nextLabel={t("next")}
      />
    </main>
  );
}
