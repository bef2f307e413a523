import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CourseStatusFilter } from "@/components/center/courses/course-status-filter";
import { CourseTable } from "@/components/center/courses/course-table";
import { CoursesEmptyState } from "@/components/center/courses/courses-empty-state";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { COURSE_STATUSES, listCenterCoursesForAdmin, type CourseStatus } from "@/lib/authoring/reads/list-center-courses-for-admin";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerCourses.list");
  return { title: t("title"), robots: { index: false } };
}

/** The center's courses (instructors: their assigned ones), filterable by status. */
export default async function CenterCoursesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerCourses.list"), searchParams]);
  if (!hasPermission(access, "course.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  // A status that does not parse is dropped (all statuses).
  const rawStatus = firstParam(query.status);
  const status = COURSE_STATUSES.find((value): value is CourseStatus => value === rawStatus);
  const courses = await listCenterCoursesForAdmin(access, { status }, locale);
  const base = `/center/${encodeURIComponent(access.centerSlug)}/courses`;
  const canCreate = hasPermission(access, "course.create");
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {canCreate ? (
          <Link href={`${base}/new`} className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{access.role === "INSTRUCTOR" ? t("introInstructor") : t("intro")}</p>
      {courses.length === 0 && !status ? (
        <CoursesEmptyState canCreate={canCreate} />
      ) : (
        <>
          <CourseStatusFilter action={base} status={status} />
          {courses.length === 0 ? <p className="mt-6 text-slate-500">{t("filtered")}</p> : <CourseTable courses={courses} locale={locale} courseHref={(id) => `${base}/${id}`} />}
        </>
      )}
    </main>
  );
}
