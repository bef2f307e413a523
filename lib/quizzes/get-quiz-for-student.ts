import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { findQuizForStudentOrThrow, questionCountOf } from "./find-quiz-for-student";
import type { StudentQuiz } from "./quiz-dto";
import { isPastDeadline } from "./quiz-rules";

/** A quiz as an enrolled student sees it before starting: rules and own attempt count, no questions. */
export async function getQuizForStudent(actor: Actor, quizId: string, locale: Locale, now = new Date()): Promise<StudentQuiz> {
  const quiz = await findQuizForStudentOrThrow(db, actor, quizId, now);
  const attempts = await db.quizAttempt.findMany({
    where: { quizId: quiz.id, userId: actor.userId },
    select: { id: true, status: true, passed: true, deadline: true },
  });
  const description = localized(quiz.descriptionEn, quiz.descriptionMy, locale);
  return {
    id: quiz.id,
    courseId: quiz.courseId,
    title: localized(quiz.titleEn, quiz.titleMy, locale),
    description: description || null,
    passMarkPercent: quiz.passMarkPercent,
    timeLimitSeconds: quiz.timeLimitSeconds,
    maxAttempts: quiz.maxAttempts,
    attemptsUsed: attempts.length,
    attemptsRemaining: quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - attempts.length),
    questionCount: questionCountOf(quiz),
    inProgressAttemptId: attempts.find((a) => a.status === "IN_PROGRESS" && !isPastDeadline(a.deadline, now))?.id ?? null,
    passed: attempts.some((a) => a.passed === true),
  };
}
