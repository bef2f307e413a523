import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { findQuizOrThrow, requireQuizWrite } from "./authoring-scope";
import { assertSectionOfCourse } from "./create-quiz";
import { updateQuizInput, type UpdateQuizInput } from "./quiz-input";

/** Changes a quiz's texts and rules; `published` publishes (keeping the first date) or unpublishes. */
export async function updateQuiz(access: CenterAccess, quizId: string, input: UpdateQuizInput, client?: ClientInfo): Promise<{ id: string }> {
  requireQuizWrite(access);
  const { published, ...fields } = updateQuizInput.parse(input);
  return db.$transaction(async (tx) => {
    const quiz = await findQuizOrThrow(tx, access, quizId);
    if (fields.sectionId) await assertSectionOfCourse(tx, { id: quiz.courseId, centerId: quiz.centerId }, fields.sectionId);
    const publishedAt = published === undefined ? undefined : published ? (quiz.publishedAt ?? new Date()) : null;
    await tx.quiz.update({ where: { id: quiz.id }, data: { ...fields, publishedAt } });
    await logActivity(tx, {
      action: "quiz.updated",
      actorUserId: access.userId,
      centerId: quiz.centerId,
      targetType: "quiz",
      targetId: quiz.id,
      client,
      metadata: { courseId: quiz.courseId, ...(published === undefined ? {} : { published }) },
    });
    return { id: quiz.id };
  });
}
