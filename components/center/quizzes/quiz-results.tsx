import { getTranslations } from "next-intl/server";
import type { QuizResultsDto } from "@/lib/quizzes/authoring/get-quiz-results";

/** The quiz's results for staff: finished attempts, pass rate, average score, students. */
export async function QuizResults({ results }: { results: QuizResultsDto }) {
  const t = await getTranslations("centerQuizzes.results");
  const percent = (value: number | null) => (value === null ? "—" : t("percent", { value }));
  const items = [
    { label: t("attempts"), value: String(results.attempts), id: "attempts" },
    { label: t("passRate"), value: percent(results.passRatePercent), id: "pass-rate" },
    { label: t("average"), value: percent(results.averageScorePercent), id: "average" },
    { label: t("students"), value: String(results.students), id: "students" },
    { label: t("studentsPassed"), value: String(results.studentsPassed), id: "students-passed" },
    { label: t("inProgress"), value: String(results.inProgress), id: "in-progress" },
  ];
  return (
    <section className="mt-8" aria-labelledby="quiz-results-title">
      <h3 id="quiz-results-title" className="text-lg font-semibold">
        {t("title")}
      </h3>
      {results.attempts === 0 ? <p className="mt-1 text-sm text-slate-600">{t("none")}</p> : null}
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="quiz-results">
        {items.map((item) => (
          <div key={item.id} className="rounded-md border border-slate-200 p-3">
            <dt className="text-xs text-slate-500">{item.label}</dt>
            <dd className="mt-1 text-xl font-semibold" data-testid={`quiz-results-${item.id}`}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
