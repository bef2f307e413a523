import type { CoursePageViews } from "@/lib/centers/overview/course-page-views";
import { getTranslations } from "next-intl/server";
import type { QuizPassRate } from "@/lib/centers/overview/quiz-pass-rates";
import type { SearchTermCount } from "@/lib/centers/overview/search-terms";
import type { TopCourses } from "@/lib/centers/overview/top-courses";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { ChartPanel, EmptySection, FigureTable } from "./chart-panel";
import { LazyRankedChart } from "./lazy-charts";

/** The period's top courses: by new enrollments, then by takings in each currency. */
export async function TopCoursesSection({ top, locale }: { top: TopCourses; locale: Locale }) {
  const t = await getTranslations("centerOverview.topCourses");
  if (top.byEnrollments.length === 0 && top.byRevenue.length === 0) return <EmptySection id="top-courses-heading" heading={t("heading")} message={t("empty")} />;
  return (
    <>
      {top.byEnrollments.length > 0 ? (
        <ChartPanel
          id="top-enrollments-heading"
          heading={`${t("heading")}: ${t("byEnrollments")}`}
          chart={<LazyRankedChart bars={top.byEnrollments.map((c) => ({ label: c.title, value: c.enrollments }))} valueKind={{ kind: "count" }} valueLabel={t("enrollments")} locale={locale} />}
        >
          <FigureTable
            testId="overview-top-enrollments"
            labelHead={t("course")}
            valueHead={t("enrollments")}
            rows={top.byEnrollments.map((c) => ({ key: c.courseId, label: c.title, value: formatCount(c.enrollments, locale) }))}
          />
        </ChartPanel>
      ) : null}
      {top.byRevenue.map(({ currency, courses }) => {
        const amount = (c: (typeof courses)[number]) => c.revenue.find((m) => m.currency === currency)?.amount ?? 0;
        return (
          <ChartPanel
            key={currency}
            id={`top-revenue-${currency}-heading`}
            heading={`${t("heading")}: ${t("byRevenue", { currency })}`}
            chart={<LazyRankedChart bars={courses.map((c) => ({ label: c.title, value: amount(c) }))} valueKind={{ kind: "money", currency }} valueLabel={t("revenue")} locale={locale} />}
          >
            <FigureTable
              testId={`overview-top-revenue-${currency}`}
              labelHead={t("course")}
              valueHead={t("revenue")}
              rows={courses.map((c) => ({ key: c.courseId, label: c.title, value: formatMoney({ amount: amount(c), currency }, locale) }))}
            />
          </ChartPanel>
        );
      })}
    </>
  );
}

/** Each quiz's graded attempts in the period and the share that passed. */
export async function QuizPassRatesSection({ quizzes, locale }: { quizzes: QuizPassRate[]; locale: Locale }) {
  const t = await getTranslations("centerOverview.quizzes");
  if (quizzes.length === 0) return <EmptySection id="quizzes-heading" heading={t("heading")} message={t("empty")} />;
  return (
    <ChartPanel
      id="quizzes-heading"
      heading={t("heading")}
      chart={<LazyRankedChart bars={quizzes.map((q) => ({ label: q.quiz, value: q.passedPercent }))} valueKind={{ kind: "percent" }} valueLabel={t("passed")} locale={locale} />}
    >
      <table className="w-full text-left text-sm" data-testid="overview-quizzes">
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">{t("quiz")}</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">{t("attempts")}</th>
            <th scope="col" className="py-1 text-right font-medium">{t("passed")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {quizzes.map((q) => (
            <tr key={q.quizId}>
              <th scope="row" className="py-1 pr-2 font-normal">
                {q.quiz}
                <span className="block text-xs text-slate-500">{q.course}</span>
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{formatCount(q.attempts, locale)}</td>
              <td className="py-1 text-right tabular-nums">{`${formatCount(q.passedPercent, locale)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartPanel>
  );
}

/** The top search terms whose first page of results showed this center's courses. */
export async function SearchTermsSection({ terms, locale }: { terms: SearchTermCount[]; locale: Locale }) {
  const t = await getTranslations("centerOverview.search");
  if (terms.length === 0) return <EmptySection id="search-heading" heading={t("heading")} message={t("empty")} />;
  return (
    <ChartPanel
      id="search-heading"
      heading={t("heading")}
      note={t("intro")}
      chart={<LazyRankedChart bars={terms.map((s) => ({ label: s.term, value: s.count }))} valueKind={{ kind: "count" }} valueLabel={t("count")} locale={locale} />}
    >
      <FigureTable testId="overview-search-terms" labelHead={t("term")} valueHead={t("count")} rows={terms.map((s) => ({ key: s.term, label: s.term, value: formatCount(s.count, locale) }))} />
    </ChartPanel>
  );
}

/** Visits to the center's course pages on the web in the period (counted without knowing who, ADR 0038). */
export async function PageViewsSection({ views, locale }: { views: CoursePageViews; locale: Locale }) {
  const t = await getTranslations("centerOverview.pageViews");
  if (views.courses.length === 0) return <EmptySection id="page-views-heading" heading={t("heading")} message={t("empty")} />;
  return (
    <ChartPanel
      id="page-views-heading"
      heading={t("heading")}
      note={t("intro", { total: formatCount(views.total, locale) })}
      chart={<LazyRankedChart bars={views.courses.map((c) => ({ label: c.title, value: c.views }))} valueKind={{ kind: "count" }} valueLabel={t("views")} locale={locale} />}
    >
      <FigureTable testId="overview-page-views" labelHead={t("course")} valueHead={t("views")} rows={views.courses.map((c) => ({ key: c.courseId, label: c.title, value: formatCount(c.views, locale) }))} />
    </ChartPanel>
  );
}
