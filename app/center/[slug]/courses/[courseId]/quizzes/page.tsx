import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { QuizTable } from "@/components/center/quizzes/quiz-table";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { listCourseQuizzes } from "@/lib/quizzes/authoring/list-course-quizzes";
import { foundOr404 } from "./found-or-404";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; courseId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerQuizzes.list");
  return { title: t("title"), robots: { index: false } };
}

/** A course's quizzes (staff who may read the course; instructors only on their assigned courses). */
export default async function CourseQuizzesPage({ params }: Props) {
  const { slug, courseId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/${courseId}/quizzes`);
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("centerQuizzes.list")]);
  if (!hasPermission(access, "course.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const { course, quizzes } = await foundOr404(listCourseQuizzes(access, courseId));
  const coursePath = `/center/${encodeURIComponent(access.centerSlug)}/courses/${course.id}`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={coursePath} className="text-brand-700 underline">
          {t("backToCourse")}
        </Link>
      </p>
      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {hasPermission(access, "quiz.write") ? (
          <Link href={`${coursePath}/quizzes/new`} className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("intro", { course: localized(course.titleEn, course.titleMy, locale) })}</p>
      <QuizTable quizzes={quizzes} locale={locale} quizHref={(id) => `${coursePath}/quizzes/${id}`} />
    </main>
  );
}
