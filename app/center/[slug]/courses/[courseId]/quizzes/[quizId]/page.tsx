import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { QuizEditor } from "@/components/center/quizzes/quiz-editor";
import { QuizResults } from "@/components/center/quizzes/quiz-results";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { getQuizForEditing } from "@/lib/quizzes/authoring/get-quiz-for-editing";
import { getQuizResults } from "@/lib/quizzes/authoring/get-quiz-results";
import {
  addQuestionAction,
  addQuizPoolAction,
  deleteQuestionAction,
  deleteQuestionPoolAction,
  removePoolDrawAction,
  setPoolDrawAction,
  updateQuestionAction,
  updateQuizAction,
} from "../actions";
import { foundOr404 } from "../found-or-404";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; courseId: string; quizId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerQuizzes.list");
  return { title: t("title"), robots: { index: false } };
}

/** One quiz: publish, question pools and questions, results, settings (instructors: assigned courses only). */
export default async function QuizPage({ params }: Props) {
  const { slug, courseId, quizId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/${courseId}/quizzes/${quizId}`);
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("centerQuizzes.quiz")]);
  if (!hasPermission(access, "course.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const quiz = await foundOr404(getQuizForEditing(access, quizId));
  // The URL's course must be the quiz's own: another course's path to this quiz is not an address.
  if (quiz.course.id !== courseId) notFound();
  const results = hasPermission(access, "quiz_result.read") ? await getQuizResults(access, quiz.id) : null;
  const s = access.centerSlug;
  const actions = hasPermission(access, "quiz.write")
    ? {
        updateQuiz: updateQuizAction.bind(null, s, quiz.id),
        addPool: addQuizPoolAction.bind(null, s),
        setPoolDraw: setPoolDrawAction.bind(null, s),
        removePoolDraw: removePoolDrawAction.bind(null, s),
        deletePool: deleteQuestionPoolAction.bind(null, s),
        addQuestion: addQuestionAction.bind(null, s),
        updateQuestion: updateQuestionAction.bind(null, s),
        deleteQuestion: deleteQuestionAction.bind(null, s),
      }
    : null;
  const quizzesPath = `/center/${encodeURIComponent(access.centerSlug)}/courses/${quiz.course.id}/quizzes`;
  const title = localized(quiz.titleEn, quiz.titleMy, locale);
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={quizzesPath} className="text-brand-700 underline">
          {t("allQuizzes")} · {localized(quiz.course.titleEn, quiz.course.titleMy, locale)}
        </Link>
      </p>
      <h2 className="mt-4 text-xl font-semibold">{title}</h2>
      <QuizEditor quiz={quiz} actions={actions} results={results ? <QuizResults results={results} /> : null} />
    </main>
  );
}
