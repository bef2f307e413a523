import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { StudentQuizResult } from "./student-dto";

/**
 * One student's results per quiz in the given courses (already narrowed to the viewer's scope):
 * attempts of any status, the best submitted score, and whether any attempt passed.
 */
export async function listStudentQuizResults(centerId: string, userId: string, courses: Map<string, string>, locale: Locale): Promise<StudentQuizResult[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { centerId, userId, courseId: { in: [...courses.keys()] } },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: {
      quizId: true,
      courseId: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      scorePercent: true,
      passed: true,
      quiz: { select: { titleEn: true, titleMy: true, passMarkPercent: true } },
    },
  });
  const byQuiz = new Map<string, StudentQuizResult>();
  for (const attempt of attempts) {
    const at = (attempt.submittedAt ?? attempt.startedAt).toISOString();
    const submitted = attempt.status === "SUBMITTED" && attempt.scorePercent !== null;
    const result = byQuiz.get(attempt.quizId) ?? {
      quizId: attempt.quizId,
      quizTitle: localized(attempt.quiz.titleEn, attempt.quiz.titleMy, locale),
      courseTitle: courses.get(attempt.courseId) ?? "",
      passMarkPercent: attempt.quiz.passMarkPercent,
      attempts: 0,
      bestScorePercent: null,
      passed: false,
      lastAttemptAt: at,
    };
    result.attempts += 1;
    if (submitted) result.bestScorePercent = Math.max(result.bestScorePercent ?? 0, attempt.scorePercent ?? 0);
    if (attempt.passed) result.passed = true;
    if (at > result.lastAttemptAt) result.lastAttemptAt = at;
    byQuiz.set(attempt.quizId, result);
  }
  return [...byQuiz.values()];
}
