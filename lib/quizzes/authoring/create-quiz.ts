import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db, type Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { findCourseOrThrow, requireQuizWrite } from "./authoring-scope";
import { createQuizInput, type CreateQuizInput } from "./quiz-input";

/** Creates a quiz in a course the actor may author (draft unless `published`). */
export async function createQuiz(access: CenterAccess, input: CreateQuizInput, client?: ClientInfo): Promise<{ id: string }> {
  requireQuizWrite(access);
  const { courseId, published, ...fields } = createQuizInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await findCourseOrThrow(tx, access, courseId);
    if (fields.sectionId) await assertSectionOfCourse(tx, course, fields.sectionId);
    const quiz = await tx.quiz.create({
      data: { ...fields, centerId: course.centerId, courseId: course.id, publishedAt: published ? new Date() : null },
      select: { id: true },
    });
    await logActivity(tx, {
      action: "quiz.created",
      actorUserId: access.userId,
      centerId: course.centerId,
      targetType: "quiz",
      targetId: quiz.id,
      client,
      metadata: { courseId: course.id, published: Boolean(published) },
    });
    return quiz;
  });
}

/** A section given for a quiz must be one of the quiz's course (by id, course AND center). */
export async function assertSectionOfCourse(tx: Tx, course: { id: string; centerId: string }, sectionId: string): Promise<void> {
  const section = await tx.section.findFirst({ where: { id: sectionId, courseId: course.id, centerId: course.centerId }, select: { id: true } });
  if (!section) throw new AppError("validation_failed", { details: [{ path: "body.sectionId", code: "not_in_course", message: "Not a section of this course" }] });
}
