import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { findPoolOrThrow, requireQuizWrite } from "./authoring-scope";
import { addQuestionInput, assertOptionsFitKind, type AddQuestionInput } from "./quiz-input";

/** Adds a question with its options to a pool; the kind must fit the number of correct options. */
export async function addQuestion(
  access: CenterAccess,
  input: AddQuestionInput,
  client?: ClientInfo,
): Promise<{ id: string; optionIds: string[] }> {
  requireQuizWrite(access);
  const { poolId, options, ...fields } = addQuestionInput.parse(input);
  if (options.some((o) => o.id)) {
    throw new AppError("validation_failed", { details: [{ path: "body.options", code: "unexpected_id", message: "New options have no id" }] });
  }
  assertOptionsFitKind(fields.kind, options);
  return db.$transaction(async (tx) => {
    const pool = await findPoolOrThrow(tx, access, poolId);
    const question = await tx.question.create({
      data: {
        ...fields,
        centerId: pool.centerId,
        poolId: pool.id,
        options: { create: options.map((o, position) => ({ textEn: o.textEn ?? null, textMy: o.textMy ?? null, isCorrect: o.isCorrect, position })) },
      },
      select: { id: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    await logActivity(tx, {
      action: "question.created",
      actorUserId: access.userId,
      centerId: pool.centerId,
      targetType: "question",
      targetId: question.id,
      client,
      metadata: { poolId: pool.id, courseId: pool.courseId, kind: fields.kind, optionCount: options.length },
    });
    return { id: question.id, optionIds: question.options.map((o) => o.id) };
  });
}
