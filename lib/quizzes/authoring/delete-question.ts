import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { findQuestionOrThrow, requireQuizWrite } from "./authoring-scope";

/**
 * Deletes a question and its options. Submitted attempts keep their scores; their stored answers
 * to this question go with it (cascade), and attempts in progress simply no longer show it.
 */
export async function deleteQuestion(access: CenterAccess, questionId: string, client?: ClientInfo): Promise<void> {
  requireQuizWrite(access);
  await db.$transaction(async (tx) => {
    const question = await findQuestionOrThrow(tx, access, questionId);
    await tx.question.delete({ where: { id: question.id } });
    await logActivity(tx, {
      action: "question.deleted",
      actorUserId: access.userId,
      centerId: question.centerId,
      targetType: "question",
      targetId: question.id,
      client,
      metadata: { poolId: question.poolId, courseId: question.pool.courseId },
    });
  });
}
