import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { findQuizOrThrow, requireQuizWrite } from "./authoring-scope";
import { addQuizPoolInput, type AddQuizPoolInput } from "./quiz-pool-input";

/**
 * Creates a pool in the quiz's course and makes the quiz draw from it, in one transaction (the
 * quiz page's "Add pool"): no half-made pool is left behind when either step fails.
 */
export async function addQuizPool(access: CenterAccess, input: AddQuizPoolInput, client?: ClientInfo): Promise<{ poolId: string }> {
  requireQuizWrite(access);
  const { quizId, drawCount, titleEn, titleMy } = addQuizPoolInput.parse(input);
  return db.$transaction(async (tx) => {
    const quiz = await findQuizOrThrow(tx, access, quizId);
    const position = await tx.quizPoolDraw.count({ where: { quizId: quiz.id } });
    const pool = await tx.questionPool.create({
      data: { centerId: quiz.centerId, courseId: quiz.courseId, titleEn: titleEn ?? null, titleMy: titleMy ?? null },
      select: { id: true },
    });
    await tx.quizPoolDraw.create({ data: { centerId: quiz.centerId, courseId: quiz.courseId, quizId: quiz.id, poolId: pool.id, drawCount, position } });
    const common = { actorUserId: access.userId, centerId: quiz.centerId, client };
    await logActivity(tx, { ...common, action: "question_pool.created", targetType: "question_pool", targetId: pool.id, metadata: { courseId: quiz.courseId } });
    await logActivity(tx, { ...common, action: "quiz.pool_draw_set", targetType: "quiz", targetId: quiz.id, metadata: { poolId: pool.id, courseId: quiz.courseId, drawCount } });
    return { poolId: pool.id };
  });
}
