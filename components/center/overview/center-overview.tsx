import { getTranslations } from "next-intl/server";
import type { CenterAccess } from "@/lib/access/center-scope";
import type { CenterOverview } from "@/lib/centers/overview/get-center-overview";
import type { Locale } from "@/lib/i18n/locales";
import { EnrollmentsSection, RefundsSection, RevenueSections } from "./daily-sections";
import { formatDay } from "./format";
import { PeriodPicker } from "./period-picker";
import { PageViewsSection, QuizPassRatesSection, SearchTermsSection, TopCoursesSection } from "./ranked-sections";
import { SetupSteps } from "./setup-steps";
import { SummaryFigures } from "./summary-figures";

type Props = { access: CenterAccess; overview: CenterOverview; locale: Locale; problem: string | null; requested: { from?: string; to?: string } };

/** The overview's body: period, first steps, headline figures, then one panel per figure the role may see. */
export async function CenterOverviewView({ access, overview, locale, problem, requested }: Props) {
  const t = await getTranslations("centerOverview");
  const { period } = overview;
  const base = `/center/${encodeURIComponent(access.centerSlug)}`;
  const dates = { from: formatDay(period.from, locale, true), to: formatDay(period.to, locale, true) };
  return (
    <section aria-labelledby="overview-heading" className="mt-8" data-testid="center-overview">
      <h2 id="overview-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{access.role === "INSTRUCTOR" ? t("introInstructor", dates) : t("intro", dates)}</p>
      <PeriodPicker base={base} period={period} requested={problem ? requested : {}} />
      {problem ? (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {t(`period.invalid.${problem as "format"}`)}
        </p>
      ) : null}
      {overview.setupStep ? <SetupSteps access={access} step={overview.setupStep} /> : null}
      <SummaryFigures overview={overview} locale={locale} />
      {overview.enrollments ? <EnrollmentsSection figures={overview.enrollments} locale={locale} /> : null}
      {overview.revenue ? <RevenueSections revenue={overview.revenue} locale={locale} /> : null}
      {overview.refunds ? <RefundsSection refunds={overview.refunds} locale={locale} /> : null}
      {overview.topCourses ? <TopCoursesSection top={overview.topCourses} locale={locale} /> : null}
      {overview.quizPassRates ? <QuizPassRatesSection quizzes={overview.quizPassRates} locale={locale} /> : null}
      {overview.searchTerms ? <SearchTermsSection terms={overview.searchTerms} locale={locale} /> : null}
      {overview.coursePageViews ? <PageViewsSection views={overview.coursePageViews} locale={locale} /> : null}
    </section>
  );
}
