import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/center/data-table";
import type { StudentQuizResult } from "@/lib/centers/students/student-dto";

/** Per quiz of the viewer's courses: attempts, best submitted score against the pass mark, passed or not. */
export async function StudentQuizResults({ results }: { results: StudentQuizResult[] }) {
  const [t, format] = await Promise.all([getTranslations("centerStudents.detail"), getFormatter()]);
  const percent = (value: number) => format.number(value / 100, { style: "percent" });
  return (
    <section className="mt-8" aria-labelledby="quiz-results-title">
      <h3 id="quiz-results-title" className="text-lg font-semibold">
        {t("quizzes")}
      </h3>
      {results.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("noQuizzes")}</p>
      ) : (
        <DataTable
          testId="student-quiz-results"
          wrapperMargin="mt-3"
          head={
            <>
              <th className="py-2 pr-3">{t("quizColumns.quiz")}</th>
              <th className="py-2 pr-3">{t("quizColumns.course")}</th>
              <th className="py-2 pr-3 text-right">{t("quizColumns.attempts")}</th>
              <th className="py-2 pr-3 text-right">{t("quizColumns.best")}</th>
              <th className="py-2 pr-3">{t("quizColumns.passed")}</th>
              <th className="py-2">{t("quizColumns.last")}</th>
            </>
          }
        >
          {results.map((result) => (
            <tr key={result.quizId} data-quiz-id={result.quizId}>
              <td className="py-2 pr-3">{result.quizTitle}</td>
              <td className="py-2 pr-3">{result.courseTitle}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{format.number(result.attempts)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {result.bestScorePercent === null ? t("none") : percent(result.bestScorePercent)}
                <span className="block text-xs text-slate-500">{t("passMark", { mark: percent(result.passMarkPercent) })}</span>
              </td>
              <td className="py-2 pr-3">{result.passed ? t("passedYes") : t("passedNo")}</td>
              <td className="py-2 whitespace-nowrap">
                <time dateTime={result.lastAttemptAt}>{format.dateTime(new Date(result.lastAttemptAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
