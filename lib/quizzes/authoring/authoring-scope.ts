import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

// Security-critical: every authoring function reaches its target only through these loaders, each
// by id AND the access's center AND courseScope (an instructor's assigned courses only). Another
// center's id, or an unassigned course's, matches nothing and answers not_found like a missing id.

/** The permission check every authoring function starts with (403 for a member without it). */
// A malformed id is a missing id (not a database error on the uuid column).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function assertUuid(id: string): void {
  if (typeof id !== "string" || !UUID.test(id)) throw new AppError("not_found");
}

export function requireQuizWrite(access: CenterAccess): void {
  requirePermission(access, "quiz.write");
}

export async function findCourseOrThrow(client: Db | Tx, access: CenterAccess, courseId: string) {
  assertUuid(courseId);
  const course = await client.course.findFirst({ where: { ...courseScope(access), id: courseId }, select: { id: true, centerId: true } });
  if (!course) throw new AppError("not_found");
  return course;
}

export async function findQuizOrThrow(client: Db | Tx, access: CenterAccess, quizId: string) {
  assertUuid(quizId);
  const scope = courseScope(access);
  const quiz = await client.quiz.findFirst({
    where: { id: quizId, centerId: access.centerId, course: scope },
    select: { id: true, centerId: true, courseId: true, publishedAt: true },
  });
  if (!quiz) throw new AppError("not_found");
  return quiz;
}

export async function findPoolOrThrow(client: Db | Tx, access: CenterAccess, poolId: string) {
  assertUuid(poolId);
  const pool = await client.questionPool.findFirst({
    where: { id: poolId, centerId: access.centerId, course: courseScope(access) },
    select: { id: true, centerId: true, courseId: true },
  });
  if (!pool) throw new AppError("not_found");
  return pool;
}

export async function findQuestionOrThrow(client: Db | Tx, access: CenterAccess, questionId: string) {
  assertUuid(questionId);
  const question = await client.question.findFirst({
    where: { id: questionId, centerId: access.centerId, pool: { centerId: access.centerId, course: courseScope(access) } },
    select: {
      id: true,
      centerId: true,
      poolId: true,
      kind: true,
      pool: { select: { courseId: true } },
      options: { select: { id: true, isCorrect: true } },
    },
  });
  if (!question) throw new AppError("not_found");
  return question;
}
