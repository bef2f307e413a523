import "server-only";
import { hasPermission, type CenterAccess } from "@/lib/access/center-scope";
import { readFromReplica } from "@/lib/db-replicas";
import type { Locale } from "@/lib/i18n/locales";
import { countActiveStudents } from "./active-students";
import { getCoursePageViews, type CoursePageViews } from "./course-page-views";
import { getEnrollmentFigures, type EnrollmentFigures } from "./enrollment-figures";
import type { OverviewPeriod } from "./overview-period";
import { getQuizPassRates, type QuizPassRate } from "./quiz-pass-rates";
import { getRefundFigures, getRevenueFigures, type CurrencyRefunds, type CurrencyRevenue } from "./revenue-figures";
import { getPopularSearchTerms, type SearchTermCount } from "./search-terms";
import { getSetupStep, type SetupStep } from "./setup-state";
import { getTopCourses, type TopCourses } from "./top-courses";

/**
 * The dashboard's overview for one period. A figure the member's role may not see is null (not
 * zero): instructors get enrollments, active students and quiz pass rates of their assigned
 * courses only — no money, no search terms, no page views, no setup steps.
 */
export type CenterOverview = {
  period: OverviewPeriod;
  setupStep: SetupStep | null;
  enrollments: EnrollmentFigures | null;
  activeStudents: number | null;
  quizPassRates: QuizPassRate[] | null;
  revenue: CurrencyRevenue[] | null;
  refunds: CurrencyRefunds[] | null;
  topCourses: TopCourses | null;
  searchTerms: SearchTermCount[] | null;
  coursePageViews: CoursePageViews | null;
};

const skip = Promise.resolve(null);

/**
 * Every figure the access may read for the period, fetched in parallel. The figures come from a read
 * replica when one is configured (ADR 0045: counts of past activity tolerate seconds of lag); the
 * setup step answers the center's own latest edits ("now publish your course"), so it reads the
 * primary, as does the instructor's course scope inside each figure (overviewScope).
 */
export async function getCenterOverview(access: CenterAccess, period: OverviewPeriod, locale: Locale): Promise<CenterOverview> {
  const may = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(access, permission);
  const reports = may("report.read");
  const [setupStep, [enrollments, activeStudents, quizPassRates, revenue, refunds, topCourses, searchTerms, coursePageViews]] = await Promise.all([
    reports && may("course.read") ? getSetupStep(access) : skip,
    readFromReplica((reader) =>
      Promise.all([
        may("enrollment.read") ? getEnrollmentFigures(access, period, reader) : skip,
        may("student.read") ? countActiveStudents(access, period, reader) : skip,
        may("quiz_result.read") ? getQuizPassRates(access, period, locale, reader) : skip,
        reports ? getRevenueFigures(access, period, reader) : skip,
        reports ? getRefundFigures(access, period, reader) : skip,
        reports ? getTopCourses(access, period, locale, reader) : skip,
        reports ? getPopularSearchTerms(access, period, reader) : skip,
        reports ? getCoursePageViews(access, period, locale, reader) : skip,
      ]),
    ),
  ]);
  return { period, setupStep, enrollments, activeStudents, quizPassRates, revenue, refunds, topCourses, searchTerms, coursePageViews };
}
