import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { AnnouncementComposer } from "@/components/center/notifications/announcement-composer";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { scheduleBounds } from "@/lib/notifications/announcements/announcement-schemas";
import { listAnnouncementCourses } from "@/lib/notifications/announcements/list-announcement-courses";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerNotifications.composer");
  return { title: t("title"), robots: { index: false } };
}

/** The composer (`notification.send`: owners and admins); `?courseId=` preselects a course. */
export default async function NewAnnouncementPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/notifications/new`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerNotifications.composer"), searchParams]);
  if (!hasPermission(access, "notification.send")) return <CenterForbiddenPage access={access} locale={locale} />;

  const courses = await listAnnouncementCourses(access, locale);
  const wanted = firstParam(query.courseId);
  const initialCourseId = courses.some((course) => course.id === wanted) ? (wanted ?? "") : "";
  const bounds = scheduleBounds();
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <h2 className="mt-8 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      {courses.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600">{t("noCourses")}</p>
      ) : (
        <AnnouncementComposer
          slug={access.centerSlug}
          centerId={access.centerId}
          courses={courses}
          initialCourseId={initialCourseId}
          scheduleMin={bounds.min}
          scheduleMax={bounds.max}
        />
      )}
    </main>
  );
}
