import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { findPoolOrThrow, findQuizOrThrow, requireQuizWrite } from "./authoring-scope";
import { removePoolDrawInput, type RemovePoolDrawInput } from "./quiz-pool-input";

/** Stops a quiz drawing from a pool; the pool and its questions stay in the course for other quizzes. */
export async function removePoolDraw(access: CenterAccess, input: RemovePoolDrawInput, client?: ClientInfo): Promise<void> {
  requireQuizWrite(access);
  const { quizId, poolId } = removePoolDrawInput.parse(input);
  await db.$transaction(async (tx) => {
    const quiz = await findQuizOrThrow(tx, access, quizId);
    const pool = await findPoolOrThrow(tx, access, poolId);
    const { count } = await tx.quizPoolDraw.deleteMany({ where: { quizId: quiz.id, poolId: pool.id, centerId: quiz.centerId } });
    if (count === 0) throw new AppError("not_found");
    await logActivity(tx, {
      action: "quiz.pool_draw_removed",
      actorUserId: access.userId,
      centerId: quiz.centerId,
      targetType: "quiz",
      targetId: quiz.id,
      client,
      metadata: { poolId: pool.id, courseId: quiz.courseId },
    });
  });
}
