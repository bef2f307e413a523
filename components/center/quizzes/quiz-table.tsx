import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/center/data-table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { CourseQuizSummaryDto } from "@/lib/quizzes/authoring/list-course-quizzes";

/** A course's quizzes: title (to the quiz page), questions, pools, rules and status. */
export async function QuizTable({ quizzes, locale, quizHref }: { quizzes: CourseQuizSummaryDto[]; locale: Locale; quizHref: (id: string) => string }) {
  const t = await getTranslations("centerQuizzes.list");
  if (quizzes.length === 0) return <p className="mt-6 text-sm text-slate-600">{t("empty")}</p>;
  const th = (key: "title" | "questions" | "pools" | "passMark" | "timeLimit" | "attempts" | "status") => (
    <th scope="col" className="px-2 py-2 font-medium">
      {t(`columns.${key}`)}
    </th>
  );
  return (
    <DataTable
      testId="quiz-table"
      wrapperMargin="mt-6"
      head={
        <>
          {th("title")}
          {th("questions")}
          {th("pools")}
          {th("passMark")}
          {th("timeLimit")}
          {th("attempts")}
          {th("status")}
        </>
      }
    >
      {quizzes.map((quiz) => (
        <tr key={quiz.id}>
          <td className="px-2 py-2">
            <Link href={quizHref(quiz.id)} className="font-medium text-brand-700 underline">
              {localized(quiz.titleEn, quiz.titleMy, locale) || t("untitled")}
            </Link>
          </td>
          <td className="px-2 py-2">{t("questionsValue", { perAttempt: quiz.questionsPerAttempt, total: quiz.questionCount })}</td>
          <td className="px-2 py-2">{quiz.poolCount}</td>
          <td className="px-2 py-2">{t("percent", { value: quiz.passMarkPercent })}</td>
          <td className="px-2 py-2">{quiz.timeLimitSeconds === null ? t("noTimeLimit") : t("minutes", { count: Math.round(quiz.timeLimitSeconds / 60) })}</td>
          <td className="px-2 py-2">{quiz.maxAttempts ?? t("unlimited")}</td>
          <td className="px-2 py-2">
            <span className={`rounded px-2 py-0.5 text-xs ${quiz.published ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-700"}`}>
              {quiz.published ? t("status.published") : t("status.draft")}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
