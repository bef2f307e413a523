import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { LiveClassFormDialog } from "@/components/center/live-classes/live-class-form";
import { toMyanmarLocal } from "@/components/center/live-classes/live-class-form-values";
import { LiveClassRowActions } from "@/components/center/live-classes/live-class-row-actions";
import { LiveClassTable } from "@/components/center/live-classes/live-class-table";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { listCourseLiveClasses } from "@/lib/live-classes/list-course-live-classes";
import { foundOr404 } from "../quizzes/found-or-404";
import { cancelLiveClassAction, scheduleLiveClassAction, updateLiveClassAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; courseId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerLiveClasses.list");
  return { title: t("title"), robots: { index: false } };
}

// What the host-link route can send back here (?error=…), as message keys.
const HOST_ERRORS = { conflict: "hostClosed", not_found: "notFound" } as const;

/** A course's live classes: upcoming (with host link, edit, cancel), past and cancelled, with participants. */
export default async function CourseLiveClassesPage({ params, searchParams }: Props) {
  const { slug, courseId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/${courseId}/live-classes`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerLiveClasses"), searchParams]);
  if (!hasPermission(access, "course.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const { course, upcoming, past, cancelled } = await foundOr404(listCourseLiveClasses(access, courseId));
  const coursePath = `/center/${encodeURIComponent(access.centerSlug)}/courses/${course.id}`;
  const canWrite = hasPermission(access, "live_class.write");
  const hostError = HOST_ERRORS[firstParam(query.error) as keyof typeof HOST_ERRORS];
  const update = updateLiveClassAction.bind(null, access.centerSlug);
  const cancel = cancelLiveClassAction.bind(null, access.centerSlug);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={coursePath} className="text-brand-700 underline">
          {t("list.backToCourse")}
        </Link>
      </p>
      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("list.title")}</h2>
        {canWrite ? <LiveClassFormDialog mode="schedule" courseId={course.id} save={scheduleLiveClassAction.bind(null, access.centerSlug)} /> : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("list.intro", { course: localized(course.titleEn, course.titleMy, locale) })}</p>
      <p className="mt-1 text-xs text-slate-500">{t("list.timeNote")}</p>
      {hostError ? (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t(`errors.${hostError}`)}
        </p>
      ) : null}
      <LiveClassTable
        testId="live-classes-upcoming"
        heading={t("list.upcoming")}
        empty={t("list.emptyUpcoming")}
        rows={upcoming}
        locale={locale}
        actions={
          canWrite
            ? (row) => (
                <LiveClassRowActions
                  liveClassId={row.id}
                  startHref={`${coursePath}/live-classes/${row.id}/start`}
                  canEdit={row.status === "SCHEDULED"}
                  initial={{ titleEn: row.titleEn ?? "", titleMy: row.titleMy ?? "", startsAt: toMyanmarLocal(row.startsAt), durationMinutes: String(row.durationMinutes) }}
                  update={update}
                  cancel={cancel}
                />
              )
            : undefined
        }
      />
      <LiveClassTable testId="live-classes-past" heading={t("list.past")} empty={t("list.emptyPast")} rows={past} locale={locale} />
      <LiveClassTable testId="live-classes-cancelled" heading={t("list.cancelled")} empty={t("list.emptyCancelled")} rows={cancelled} locale={locale} />
    </main>
  );
}
