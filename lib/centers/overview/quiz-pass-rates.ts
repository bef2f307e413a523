import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { OverviewPeriod } from "./overview-period";
import { courseFilter, overviewScope } from "./overview-scope";

/** One quiz's graded attempts in the period and the share that passed (0–100, rounded). */
export type QuizPassRate = { quizId: string; quiz: string; course: string; attempts: number; passed: number; passedPercent: number };

/** The quizzes with the most graded attempts first; the rest are left out. */
export const QUIZ_LIMIT = 10;

/**
 * Pass rates of the quizzes attempted in the period: attempts graded (submitted or timed out and
 * scored) with their submission in the period (`quiz_result.read`; instructors: their courses).
 */
export async function getQuizPassRates(access: CenterAccess, period: OverviewPeriod, locale: Locale, reader: Db = db): Promise<QuizPassRate[]> {
  const scope = await overviewScope(access, "quiz_result.read", period);
  const rows = await reader.$queryRaw<
    { quiz_id: string; quiz_en: string | null; quiz_my: string | null; course_en: string | null; course_my: string | null; attempts: bigint; passed: bigint }[]
  >`
    SELECT g.quiz_id::text AS quiz_id, q.title_en AS quiz_en, q.title_my AS quiz_my, c.title_en AS course_en, c.title_my AS course_my, g.attempts, g.passed
    FROM (
      SELECT qa.quiz_id, count(*)::bigint AS attempts, count(*) FILTER (WHERE qa.passed)::bigint AS passed
      FROM quiz_attempts qa
      WHERE qa.center_id = ${scope.centerId}::uuid AND qa.passed IS NOT NULL
        AND qa.submitted_at >= ${scope.start} AND qa.submitted_at < ${scope.end}
        ${courseFilter(scope, Prisma.sql`qa.course_id`)}
      GROUP BY qa.quiz_id
    ) g
    JOIN quizzes q ON q.id = g.quiz_id AND q.center_id = ${scope.centerId}::uuid
    JOIN courses c ON c.id = q.course_id AND c.center_id = ${scope.centerId}::uuid
    ORDER BY g.attempts DESC, g.quiz_id
    LIMIT ${QUIZ_LIMIT}`;
  return rows.map((row) => {
    const attempts = Number(row.attempts);
    const passed = Number(row.passed);
    return {
      quizId: row.quiz_id,
      quiz: localized(row.quiz_en, row.quiz_my, locale),
      course: localized(row.course_en, row.course_my, locale),
      attempts,
      passed,
      passedPercent: attempts === 0 ? 0 : Math.round((passed * 100) / attempts),
    };
  });
}
