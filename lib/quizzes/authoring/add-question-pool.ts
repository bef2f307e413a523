import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { findCourseOrThrow, requireQuizWrite } from "./authoring-scope";
import { addQuestionPoolInput, type AddQuestionPoolInput } from "./quiz-input";

/** Adds a question bank to a course; quizzes of that course draw from it through `setPoolDraw`. */
export async function addQuestionPool(access: CenterAccess, input: AddQuestionPoolInput, client?: ClientInfo): Promise<{ id: string }> {
  requireQuizWrite(access);
  const { courseId, ...fields } = addQuestionPoolInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await findCourseOrThrow(tx, access, courseId);
    const pool = await tx.questionPool.create({ data: { ...fields, centerId: course.centerId, courseId: course.id }, select: { id: true } });
    await logActivity(tx, {
      action: "question_pool.created",
      actorUserId: access.userId,
      centerId: course.centerId,
      targetType: "question_pool",
      targetId: pool.id,
      client,
      metadata: { courseId: course.id },
    });
    return pool;
  });
}
