import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { decodeCursor, toPage, type PageQuery } from "@/lib/http/pagination";
import { findQuizForStudentOrThrow } from "./find-quiz-for-student";
import type { AttemptSummary } from "./quiz-dto";
import { isPastDeadline } from "./quiz-rules";

/** The actor's own attempts at a quiz, newest first, with scores (no questions or answers). */
export async function listMyAttempts(
  actor: Actor,
  quizId: string,
  page: PageQuery,
  now = new Date(),
): Promise<{ items: AttemptSummary[]; nextCursor: string | null }> {
  const quiz = await findQuizForStudentOrThrow(db, actor, quizId, now);
  const after = decodeCursor(page.cursor);
  const rows = await db.quizAttempt.findMany({
    where: {
      quizId: quiz.id,
      userId: actor.userId,
      ...(after && typeof after.key === "number" ? { attemptNumber: { lt: after.key } } : {}),
    },
    orderBy: { attemptNumber: "desc" },
    take: page.limit + 1,
    select: { id: true, attemptNumber: true, status: true, startedAt: true, deadline: true, submittedAt: true, score: true, maxScore: true, scorePercent: true, passed: true },
  });
  return toPage(rows, page.limit, (row) => ({ key: row.attemptNumber, id: row.id }), (row) => ({
    id: row.id,
    attemptNumber: row.attemptNumber,
    // An attempt whose time ran out is closed on the next start; it is reported as what it already is.
    status: row.status === "IN_PROGRESS" && isPastDeadline(row.deadline, now) ? "EXPIRED" : row.status,
    startedAt: row.startedAt.toISOString(),
    deadline: row.deadline?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    score: row.score,
    maxScore: row.maxScore,
    scorePercent: row.scorePercent,
    passed: row.passed,
  }));
}
