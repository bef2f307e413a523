import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import {
  createSectionInput,
  moveSectionInput,
  updateSectionInput,
  type CreateSectionInput,
  type MoveSectionInput,
  type UpdateSectionInput,
} from "./schemas";
import { assertTitle, loadCourse, loadSection, lockCourse, logAuthoring, reorder, writePositions } from "./scope";

/** Adds a section at the end of a course's outline (`lesson.write`: instructors on their courses too). */
export async function createSection(access: CenterAccess, input: CreateSectionInput, client?: ClientInfo): Promise<{ sectionId: string; position: number }> {
  requirePermission(access, "lesson.write");
  const { courseId, titleEn, titleMy } = createSectionInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, access, courseId);
    await lockCourse(tx, course.id);
    const last = await tx.section.aggregate({ where: { courseId: course.id, centerId: course.centerId }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    const section = await tx.section.create({
      data: { courseId: course.id, centerId: course.centerId, titleEn, titleMy, position },
      select: { id: true },
    });
    await logAuthoring(tx, access, { action: "section.created", targetType: "section", targetId: section.id, client, metadata: { courseId } });
    return { sectionId: section.id, position };
  });
}

/** Renames a section; at least one title language must remain. */
export async function updateSection(access: CenterAccess, input: UpdateSectionInput, client?: ClientInfo): Promise<{ sectionId: string }> {
  requirePermission(access, "lesson.write");
  const { sectionId, titleEn, titleMy } = updateSectionInput.parse(input);
  return db.$transaction(async (tx) => {
    const section = await loadSection(tx, access, sectionId);
    assertTitle(titleEn === undefined ? section.titleEn : titleEn, titleMy === undefined ? section.titleMy : titleMy);
    await tx.section.update({ where: { id: section.id }, data: { titleEn, titleMy } });
    await logAuthoring(tx, access, { action: "section.updated", targetType: "section", targetId: section.id, client, metadata: { courseId: section.courseId } });
    return { sectionId };
  });
}

/** Moves a section to a 0-based position in its course and renumbers the others. */
export async function moveSection(access: CenterAccess, input: MoveSectionInput, client?: ClientInfo): Promise<{ sectionIds: string[] }> {
  requirePermission(access, "lesson.write");
  const { sectionId, position } = moveSectionInput.parse(input);
  return db.$transaction(async (tx) => {
    const section = await loadSection(tx, access, sectionId);
    await lockCourse(tx, section.courseId);
    const siblings = await tx.section.findMany({
      where: { courseId: section.courseId, centerId: section.centerId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const order = reorder(siblings.map((s) => s.id), sectionId, position);
    await writePositions(order, new Map(siblings.map((s) => [s.id, s.position])), (id, pos) =>
      tx.section.update({ where: { id }, data: { position: pos } }),
    );
    await logAuthoring(tx, access, { action: "section.moved", targetType: "section", targetId: sectionId, client, metadata: { courseId: section.courseId, position: order.indexOf(sectionId) } });
    return { sectionIds: order };
  });
}
