import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";

/**
 * The `where` of a quiz a student may take: published, in a published course, and the actor holds
 * an ACTIVE, unexpired enrollment in that course. Security-critical: everything else — a missing
 * id, a draft quiz, an unpublished course, no or a revoked enrollment — matches nothing, so the
 * caller answers `not_found` the same way for all of them.
 */
export function studentQuizWhere(actor: Actor, quizId: string, now: Date): Prisma.QuizWhereInput {
  return {
    id: quizId,
    publishedAt: { not: null, lte: now },
    course: {
      status: "PUBLISHED",
      enrollments: {
        some: { userId: actor.userId, status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      },
    },
  };
}

const studentQuizSelect = {
  id: true,
  centerId: true,
  courseId: true,
  titleEn: true,
  titleMy: true,
  descriptionEn: true,
  descriptionMy: true,
  passMarkPercent: true,
  timeLimitSeconds: true,
  maxAttempts: true,
  shuffleQuestions: true,
  draws: {
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { drawCount: true, pool: { select: { questions: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } } } } },
  },
} as const satisfies Prisma.QuizSelect;

export type StudentQuizRow = Prisma.QuizGetPayload<{ select: typeof studentQuizSelect }>;

/** Loads a quiz the actor may take (see `studentQuizWhere`) or throws `not_found`. */
export async function findQuizForStudentOrThrow(client: Db | Tx, actor: Actor, quizId: string, now: Date): Promise<StudentQuizRow> {
  const quiz = await client.quiz.findFirst({ where: studentQuizWhere(actor, quizId, now), select: studentQuizSelect });
  if (!quiz) throw new AppError("not_found");
  return quiz;
}

/** How many questions an attempt draws: each pool's drawCount, capped at its size (null = all). */
export function questionCountOf(quiz: StudentQuizRow): number {
  return quiz.draws.reduce((sum, draw) => sum + Math.min(draw.drawCount ?? draw.pool.questions.length, draw.pool.questions.length), 0);
}
