import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { findPoolOrThrow, findQuizOrThrow, requireQuizWrite } from "./authoring-scope";
import { setPoolDrawInput, type SetPoolDrawInput } from "./quiz-input";

/** Sets how many questions a quiz draws from one pool of its own course (null = the whole pool). */
export async function setPoolDraw(access: CenterAccess, input: SetPoolDrawInput, client?: ClientInfo): Promise<{ id: string }> {
  requireQuizWrite(access);
  const { quizId, poolId, drawCount, position } = setPoolDrawInput.parse(input);
  return db.$transaction(async (tx) => {
    const quiz = await findQuizOrThrow(tx, access, quizId);
    const pool = await findPoolOrThrow(tx, access, poolId);
    if (pool.courseId !== quiz.courseId) {
      throw new AppError("validation_failed", { details: [{ path: "body.poolId", code: "other_course", message: "The pool belongs to another course" }] });
    }
    const draw = await tx.quizPoolDraw.upsert({
      where: { quizId_poolId: { quizId: quiz.id, poolId: pool.id } },
      create: { centerId: quiz.centerId, courseId: quiz.courseId, quizId: quiz.id, poolId: pool.id, drawCount, position: position ?? 0 },
      update: { drawCount, ...(position === undefined ? {} : { position }) },
      select: { id: true },
    });
    await logActivity(tx, {
      action: "quiz.pool_draw_set",
      actorUserId: access.userId,
      centerId: quiz.centerId,
      targetType: "quiz",
      targetId: quiz.id,
      client,
      metadata: { poolId: pool.id, courseId: quiz.courseId, drawCount },
    });
    return draw;
  });
}
