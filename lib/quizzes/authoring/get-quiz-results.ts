import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { findQuizOrThrow } from "./authoring-scope";

/** Staff's summary of a quiz's finished attempts. Percentages are whole numbers; null when nothing was finished. */
export type QuizResultsDto = {
  /** Submitted or expired attempts (an expired one scores 0 and fails). */
  attempts: number;
  passedAttempts: number;
  passRatePercent: number | null;
  averageScorePercent: number | null;
  /** Students with at least one finished attempt, and how many of them passed at least once. */
  students: number;
  studentsPassed: number;
  inProgress: number;
};

/** The results of a quiz the actor may reach (`quiz_result.read`; instructors: their courses only). */
export async function getQuizResults(access: CenterAccess, quizId: string): Promise<QuizResultsDto> {
  requirePermission(access, "quiz_result.read");
  const quiz = await findQuizOrThrow(db, access, quizId);
  const finished = { quizId: quiz.id, centerId: quiz.centerId, status: { in: ["SUBMITTED", "EXPIRED"] as ("SUBMITTED" | "EXPIRED")[] } };
  const [totals, passedAttempts, students, studentsPassed, inProgress] = await Promise.all([
    db.quizAttempt.aggregate({ where: finished, _count: { _all: true }, _avg: { scorePercent: true } }),
    db.quizAttempt.count({ where: { ...finished, passed: true } }),
    db.quizAttempt.groupBy({ by: ["userId"], where: finished }),
    db.quizAttempt.groupBy({ by: ["userId"], where: { ...finished, passed: true } }),
    db.quizAttempt.count({ where: { quizId: quiz.id, centerId: quiz.centerId, status: "IN_PROGRESS" } }),
  ]);
  const attempts = totals._count._all;
  return {
    attempts,
    passedAttempts,
    passRatePercent: attempts === 0 ? null : Math.round((passedAttempts * 100) / attempts),
    // An expired attempt has score_percent 0 stored, so it weighs in as the zero it scored.
    averageScorePercent: totals._avg.scorePercent === null ? null : Math.round(totals._avg.scorePercent),
    students: students.length,
    studentsPassed: studentsPassed.length,
    inProgress,
  };
}
