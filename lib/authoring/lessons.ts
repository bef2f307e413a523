import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db, type Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import {
  createLessonInput,
  lessonIdInput,
  moveLessonInput,
  updateLessonInput,
  type CreateLessonInput,
  type MoveLessonInput,
  type UpdateLessonInput,
} from "./schemas";
import { assertTitle, loadCourse, loadLesson, loadSection, lockCourse, logAuthoring, reorder, writePositions } from "./scope";

/** Adds a lesson at the end of a section (`lesson.write`: instructors on their assigned courses too). */
export async function createLesson(access: CenterAccess, input: CreateLessonInput, client?: ClientInfo): Promise<{ lessonId: string; position: number }> {
  requirePermission(access, "lesson.write");
  const { sectionId, ...fields } = createLessonInput.parse(input);
  return db.$transaction(async (tx) => {
    const section = await loadSection(tx, access, sectionId);
    await lockCourse(tx, section.courseId);
    const last = await tx.lesson.aggregate({ where: { sectionId, centerId: section.centerId }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    const lesson = await tx.lesson.create({
      data: { ...fields, sectionId, courseId: section.courseId, centerId: section.centerId, position },
      select: { id: true },
    });
    await logAuthoring(tx, access, { action: "lesson.created", targetType: "lesson", targetId: lesson.id, client, metadata: { courseId: section.courseId, kind: fields.kind } });
    return { lessonId: lesson.id, position };
  });
}

/** Edits a lesson's content; omitted fields stay, null clears; one title language must remain. */
export async function updateLesson(access: CenterAccess, input: UpdateLessonInput, client?: ClientInfo): Promise<{ lessonId: string }> {
  requirePermission(access, "lesson.write");
  const { lessonId, ...changes } = updateLessonInput.parse(input);
  return db.$transaction(async (tx) => {
    const lesson = await loadLesson(tx, access, lessonId);
    assertTitle(changes.titleEn === undefined ? lesson.titleEn : changes.titleEn, changes.titleMy === undefined ? lesson.titleMy : changes.titleMy);
    await tx.lesson.update({ where: { id: lesson.id }, data: changes });
    const fields = Object.entries(changes).filter(([, v]) => v !== undefined).map(([k]) => k).sort().join(",");
    await logAuthoring(tx, access, { action: "lesson.updated", targetType: "lesson", targetId: lesson.id, client, metadata: { courseId: lesson.courseId, fields } });
    return { lessonId };
  });
}

/**
 * Moves a lesson to a 0-based position, within its section or into another section of the SAME
 * course (a section of another course, or center, is `not_found`). Both sections are renumbered.
 */
export async function moveLesson(access: CenterAccess, input: MoveLessonInput, client?: ClientInfo): Promise<{ sectionId: string; lessonIds: string[] }> {
  requirePermission(access, "lesson.write");
  const { lessonId, sectionId, position } = moveLessonInput.parse(input);
  return db.$transaction(async (tx) => {
    const lesson = await loadLesson(tx, access, lessonId);
    await lockCourse(tx, lesson.courseId);
    const target = sectionId ? await loadSection(tx, access, sectionId) : { id: lesson.sectionId, courseId: lesson.courseId };
    if (target.courseId !== lesson.courseId) throw new AppError("not_found");
    const listOf = (id: string) =>
      tx.lesson.findMany({ where: { sectionId: id, centerId: lesson.centerId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
    const targetLessons = (await listOf(target.id)).filter((l) => l.id !== lessonId);
    const order = reorder([...targetLessons.map((l) => l.id), lessonId], lessonId, position);
    const current = new Map(targetLessons.map((l) => [l.id, l.position]));
    if (target.id === lesson.sectionId) current.set(lessonId, lesson.position);
    await writePositions(order, current, (id, pos) =>
      tx.lesson.update({ where: { id }, data: id === lessonId ? { sectionId: target.id, position: pos } : { position: pos } }),
    );
    if (target.id !== lesson.sectionId) await renumber(tx, lesson.sectionId, lesson.centerId);
    await logAuthoring(tx, access, { action: "lesson.moved", targetType: "lesson", targetId: lessonId, client, metadata: { courseId: lesson.courseId, sectionId: target.id, position: order.indexOf(lessonId) } });
    return { sectionId: target.id, lessonIds: order };
  });
}

/**
 * Deletes a lesson (its students' progress rows go with it, so percentages stay right). The last
 * lesson of a published course cannot go (409 `last_lesson`): publishing requires one.
 */
export async function deleteLesson(access: CenterAccess, input: { lessonId: string }, client?: ClientInfo): Promise<{ lessonId: string }> {
  requirePermission(access, "lesson.write");
  const { lessonId } = lessonIdInput.parse(input);
  return db.$transaction(async (tx) => {
    const lesson = await loadLesson(tx, access, lessonId);
    await lockCourse(tx, lesson.courseId);
    const course = await loadCourse(tx, access, lesson.courseId);
    const count = await tx.lesson.count({ where: { courseId: course.id, centerId: course.centerId } });
    if (course.status === "PUBLISHED" && count <= 1) {
      throw new AppError("conflict", { message: "A published course needs at least one lesson", details: { reason: "last_lesson" } });
    }
    await tx.lesson.delete({ where: { id: lesson.id } });
    await renumber(tx, lesson.sectionId, lesson.centerId);
    await logAuthoring(tx, access, { action: "lesson.deleted", targetType: "lesson", targetId: lessonId, client, metadata: { courseId: lesson.courseId } });
    return { lessonId };
  });
}

async function renumber(tx: Tx, sectionId: string, centerId: string): Promise<void> {
  const rows = await tx.lesson.findMany({ where: { sectionId, centerId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
  await writePositions(rows.map((r) => r.id), new Map(rows.map((r) => [r.id, r.position])), (id, position) =>
    tx.lesson.update({ where: { id }, data: { position } }),
  );
}
