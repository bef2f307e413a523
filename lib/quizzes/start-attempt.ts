import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { loadAttemptQuestions, toAttemptQuestion } from "./attempt-questions";
import { drawQuestions } from "./draw-questions";
import { findQuizForStudentOrThrow } from "./find-quiz-for-student";
import type { Attempt } from "./quiz-dto";
import { isPastDeadline } from "./quiz-rules";

type AttemptRow = { id: string; quizId: string; centerId: string; attemptNumber: number; questionIds: string[]; startedAt: Date; deadline: Date | null };

/**
 * Starts an attempt (or resumes the one in progress): draws a random subset of each pool, fixes the
 * deadline by the server's clock and returns the questions without correct answers. 409 when the
 * attempt limit is used up or the quiz has no questions. `now` is injectable for tests only.
 */
export async function startAttempt(actor: Actor, quizId: string, locale: Locale, options: { now?: Date } = {}): Promise<Attempt> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const quiz = await findQuizForStudentOrThrow(tx, actor, quizId, now);
    const attempts = await tx.quizAttempt.findMany({
      where: { quizId: quiz.id, userId: actor.userId },
      orderBy: { attemptNumber: "desc" },
      select: { id: true, quizId: true, centerId: true, attemptNumber: true, status: true, questionIds: true, startedAt: true, deadline: true },
    });
    const open = attempts.find((a) => a.status === "IN_PROGRESS");
    if (open && !isPastDeadline(open.deadline, now)) return toAttempt(tx, open, true, locale, now);
    if (open) await expireAttempt(tx, open);

    if (quiz.maxAttempts !== null && attempts.length >= quiz.maxAttempts) {
      throw new AppError("conflict", { details: { reason: "attempt_limit_reached" } });
    }
    const questionIds = drawQuestions(
      quiz.draws.map((draw) => ({ drawCount: draw.drawCount, questionIds: draw.pool.questions.map((q) => q.id) })),
      quiz.shuffleQuestions,
    );
    if (questionIds.length === 0) throw new AppError("conflict", { details: { reason: "quiz_has_no_questions" } });
    // Two concurrent starts race for the same attemptNumber: the unique index makes the loser a 409.
    const attempt = await tx.quizAttempt.create({
      data: {
        centerId: quiz.centerId,
        courseId: quiz.courseId,
        quizId: quiz.id,
        userId: actor.userId,
        attemptNumber: (attempts[0]?.attemptNumber ?? 0) + 1,
        questionIds,
        startedAt: now,
        deadline: quiz.timeLimitSeconds === null ? null : new Date(now.getTime() + quiz.timeLimitSeconds * 1000),
      },
      select: { id: true, quizId: true, centerId: true, attemptNumber: true, questionIds: true, startedAt: true, deadline: true },
    });
    return toAttempt(tx, attempt, false, locale, now);
  });
}

/** Closes an attempt whose time ran out without a submission: EXPIRED, 0 points, not passed. */
async function expireAttempt(tx: Tx, attempt: AttemptRow): Promise<void> {
  const questions = await loadAttemptQuestions(tx, attempt.centerId, attempt.questionIds);
  await tx.quizAttempt.updateMany({
    where: { id: attempt.id, status: "IN_PROGRESS" },
    data: { status: "EXPIRED", score: 0, maxScore: questions.reduce((sum, q) => sum + q.points, 0), scorePercent: 0, passed: false },
  });
}

async function toAttempt(tx: Tx, attempt: AttemptRow, resumed: boolean, locale: Locale, now: Date): Promise<Attempt> {
  const questions = await loadAttemptQuestions(tx, attempt.centerId, attempt.questionIds);
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    attemptNumber: attempt.attemptNumber,
    status: "IN_PROGRESS",
    resumed,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    serverTime: now.toISOString(),
    questions: questions.map((q) => toAttemptQuestion(q, locale)),
  };
}
