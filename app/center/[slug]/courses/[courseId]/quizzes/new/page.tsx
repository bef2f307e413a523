import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { QuizSettingsForm } from "@/components/center/quizzes/quiz-settings-form";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { listCourseQuizzes } from "@/lib/quizzes/authoring/list-course-quizzes";
import { createQuizAction } from "../actions";
import { foundOr404 } from "../found-or-404";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; courseId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerQuizzes.new");
  return { title: t("title"), robots: { index: false } };
}

/** The new-quiz form (`quiz.write`; instructors on their assigned courses only). */
export default async function NewQuizPage({ params }: Props) {
  const { slug, courseId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/${courseId}/quizzes/new`);
  const [locale, t, tList] = await Promise.all([currentLocale(), getTranslations("centerQuizzes.new"), getTranslations("centerQuizzes.list")]);
  if (!hasPermission(access, "quiz.write")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  // The course must be one the visitor may author (404 otherwise), before a form is shown.
  const { course } = await foundOr404(listCourseQuizzes(access, courseId));
  const quizzesPath = `/center/${encodeURIComponent(access.centerSlug)}/courses/${course.id}/quizzes`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={quizzesPath} className="text-brand-700 underline">
          {tList("title")} · {localized(course.titleEn, course.titleMy, locale)}
        </Link>
      </p>
      <h2 className="mt-4 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <QuizSettingsForm mode="create" courseId={course.id} quizzesPath={quizzesPath} save={createQuizAction.bind(null, access.centerSlug)} />
    </main>
  );
}
