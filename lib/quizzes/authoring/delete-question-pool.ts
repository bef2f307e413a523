import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { findPoolOrThrow, requireQuizWrite } from "./authoring-scope";

/**
 * Deletes a pool with its questions, and every quiz's draw from it. As with `deleteQuestion`,
 * finished attempts keep their scores; their stored answers to these questions go with them.
 */
export async function deleteQuestionPool(access: CenterAccess, poolId: string, client?: ClientInfo): Promise<void> {
  requireQuizWrite(access);
  await db.$transaction(async (tx) => {
    const pool = await findPoolOrThrow(tx, access, poolId);
    const questionCount = await tx.question.count({ where: { poolId: pool.id } });
    await tx.questionPool.delete({ where: { id: pool.id } });
    await logActivity(tx, {
      action: "question_pool.deleted",
      actorUserId: access.userId,
      centerId: pool.centerId,
      targetType: "question_pool",
      targetId: pool.id,
      client,
      metadata: { courseId: pool.courseId, questionCount },
    });
  });
}
