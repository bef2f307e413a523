import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { findQuestionOrThrow, requireQuizWrite } from "./authoring-scope";
import { assertOptionsFitKind, updateQuestionInput, type UpdateQuestionInput } from "./quiz-input";

/**
 * Changes a question. `options`, when given, is the full new list: options with an `id` of this
 * question are kept and updated (so past answers still point at them), new ones are created, the
 * rest deleted. The kind is checked against the resulting options.
 */
export async function updateQuestion(
  access: CenterAccess,
  questionId: string,
  input: UpdateQuestionInput,
  client?: ClientInfo,
): Promise<{ id: string; optionIds: string[] }> {
  requireQuizWrite(access);
  const { options, ...fields } = updateQuestionInput.parse(input);
  return db.$transaction(async (tx) => {
    const question = await findQuestionOrThrow(tx, access, questionId);
    const own = new Set(question.options.map((o) => o.id));
    const foreign = (options ?? []).findIndex((o) => o.id !== undefined && !own.has(o.id));
    if (foreign >= 0) {
      throw new AppError("validation_failed", { details: [{ path: `body.options.${foreign}.id`, code: "not_an_option", message: "Not an option of this question" }] });
    }
    assertOptionsFitKind(fields.kind ?? question.kind, options ?? question.options);
    await tx.question.update({ where: { id: question.id }, data: fields });
    if (options) {
      const kept = new Set(options.flatMap((o) => (o.id ? [o.id] : [])));
      await tx.questionOption.deleteMany({ where: { questionId: question.id, id: { notIn: [...kept] } } });
      for (const [position, o] of options.entries()) {
        const data = { textEn: o.textEn ?? null, textMy: o.textMy ?? null, isCorrect: o.isCorrect, position };
        if (o.id) await tx.questionOption.update({ where: { id: o.id }, data });
        else await tx.questionOption.create({ data: { ...data, questionId: question.id } });
      }
    }
    await logActivity(tx, {
      action: "question.updated",
      actorUserId: access.userId,
      centerId: question.centerId,
      targetType: "question",
      targetId: question.id,
      client,
      metadata: { poolId: question.poolId, courseId: question.pool.courseId, optionsReplaced: Boolean(options) },
    });
    const after = await tx.questionOption.findMany({ where: { questionId: question.id }, orderBy: { position: "asc" }, select: { id: true } });
    return { id: question.id, optionIds: after.map((o) => o.id) };
  });
}
