import "server-only";
import { z } from "zod";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { loadSection, lockCourse, logAuthoring, writePositions } from "./scope";

export const deleteSectionInput = z.object({ sectionId: z.uuid() });

/**
 * Deletes an EMPTY section and renumbers the rest. A section that still holds lessons is a 409
 * `section_not_empty` (lessons are deleted or moved one by one, so nobody loses a lesson's text
 * and students' progress by one click). Quizzes and live classes placed in it stay on the course,
 * unplaced (their sectionId is cleared first: the foreign key has no ON DELETE action, ADR 0001).
 */
export async function deleteSection(access: CenterAccess, input: z.input<typeof deleteSectionInput>, client?: ClientInfo): Promise<{ sectionId: string }> {
  requirePermission(access, "lesson.write");
  const { sectionId } = deleteSectionInput.parse(input);
  return db.$transaction(async (tx) => {
    const section = await loadSection(tx, access, sectionId);
    await lockCourse(tx, section.courseId);
    const where = { sectionId, centerId: section.centerId };
    if ((await tx.lesson.count({ where })) > 0) {
      throw new AppError("conflict", { message: "Move or delete the section's lessons first", details: { reason: "section_not_empty" } });
    }
    await tx.quiz.updateMany({ where, data: { sectionId: null } });
    await tx.liveClass.updateMany({ where, data: { sectionId: null } });
    await tx.section.delete({ where: { id: section.id } });
    const rest = await tx.section.findMany({
      where: { courseId: section.courseId, centerId: section.centerId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    await writePositions(rest.map((s) => s.id), new Map(rest.map((s) => [s.id, s.position])), (id, position) =>
      tx.section.update({ where: { id }, data: { position } }),
    );
    await logAuthoring(tx, access, { action: "section.deleted", targetType: "section", targetId: sectionId, client, metadata: { courseId: section.courseId } });
    return { sectionId };
  });
}
