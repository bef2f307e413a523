import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CourseDetailsView } from "@/components/center/courses/course-details-view";
import { CourseDetailsEditor } from "@/components/center/courses/course-details-editor";
import { courseFormDefaults } from "@/components/center/courses/course-form-values";
import { CourseStatusBadge } from "@/components/center/courses/course-status-badge";
import { InstructorPanel } from "@/components/center/courses/instructor-panel";
import { OutlineEditor } from "@/components/center/courses/outline-editor";
import { PublishControls } from "@/components/center/courses/publish-controls";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { getCourseForEditing } from "@/lib/authoring/reads/get-course-for-editing";
import { getOutline } from "@/lib/authoring/reads/get-outline";
import { listCourseInstructors } from "@/lib/authoring/reads/list-course-instructors";
import { listCategories } from "@/lib/catalog/list-categories";
import { AppError } from "@/lib/http/errors";
import { formatMoney } from "@/lib/i18n/format-money";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; courseId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerCourses.list");
  return { title: t("title"), robots: { index: false } };
}

/** Another center's course, an unassigned one (instructors) or a missing one: the same 404. */
const orNotFound = (error: unknown): never => {
  if (error instanceof AppError && error.code === "not_found") notFound();
  throw error;
};

/** One course: details and price, publishing, outline editor and instructors. */
export default async function CenterCoursePage({ params }: Props) {
  const { slug, courseId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/${courseId}`);
  const [locale, t, tg, format] = await Promise.all([currentLocale(), getTranslations("centerCourses"), getTranslations("telegramGroups"), getFormatter()]);
  if (!hasPermission(access, "course.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const course = await getCourseForEditing(access, courseId).catch(orNotFound);
  const [outline, instructors, categories] = await Promise.all([
    getOutline(access, course.id).catch(orNotFound),
    listCourseInstructors(access, course.id, locale).catch(orNotFound),
    listCategories(locale),
  ]);
  const base = `/center/${encodeURIComponent(access.centerSlug)}/courses`;
  const canPrice = hasPermission(access, "course.price");
  const title = localized(course.titleEn, course.titleMy, locale) || t("list.untitled");
  const price = formatMoney({ amount: course.priceAmount, currency: course.currency }, locale);
  const details = <CourseDetailsView course={course} categoryName={categories.find((c) => c.id === course.categoryId)?.name ?? ""} />;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={base} className="text-brand-700 underline">
          {t("course.back")}
        </Link>
      </p>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">{title}</h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <CourseStatusBadge status={course.status} />
            <span>{t("course.updated", { date: format.dateTime(new Date(course.updatedAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" }) })}</span>
          </p>
        </div>
        {hasPermission(access, "course.publish") ? <PublishControls slug={access.centerSlug} courseId={course.id} published={course.status === "PUBLISHED"} /> : null}
      </div>
      <nav aria-label={t("course.related")} className="mt-4 flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/${course.id}/quizzes`} className="text-brand-700 underline">
          {t("course.quizzes")}
        </Link>
        <Link href={`${base}/${course.id}/live-classes`} className="text-brand-700 underline">
          {t("course.liveClasses")}
        </Link>
        <Link href={`${base}/${course.id}/telegram`} className="text-brand-700 underline">
          {tg("nav")}
        </Link>
      </nav>
      <div className="mt-8">
        {hasPermission(access, "course.update") ? (
          <CourseDetailsEditor slug={access.centerSlug} courseId={course.id} categories={categories.map(({ id, name }) => ({ id, name }))} defaults={courseFormDefaults(course)} canPrice={canPrice}>
            {details}
          </CourseDetailsEditor>
        ) : (
          details
        )}
        {canPrice ? null : <p className="mt-4 text-sm text-slate-600">{t("form.priceReadOnly", { price })}</p>}
      </div>
      <OutlineEditor scope={{ slug: access.centerSlug, centerId: access.centerId, courseId: course.id }} initial={outline} canEdit={hasPermission(access, "lesson.write")} />
      <InstructorPanel slug={access.centerSlug} courseId={course.id} instructors={instructors} canAssign={hasPermission(access, "course.assign_instructor")} />
    </main>
  );
}
