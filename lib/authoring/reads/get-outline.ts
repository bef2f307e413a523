import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { assertCourseId } from "./course-id";

export type OutlineLesson = {
  id: string;
  kind: "VIDEO" | "TEXT" | "FILE";
  titleEn: string | null;
  titleMy: string | null;
  bodyEn: string | null;
  bodyMy: string | null;
  videoUrl: string | null;
  durationSeconds: number | null;
  isPreview: boolean;
};

export type OutlineSection = { id: string; titleEn: string | null; titleMy: string | null; lessons: OutlineLesson[] };

/** The outline editor's data: sections in order, each with its lessons in order. */
export type CourseOutline = { courseId: string; sections: OutlineSection[] };

const lessonSelect = {
  id: true,
  kind: true,
  titleEn: true,
  titleMy: true,
  bodyEn: true,
  bodyMy: true,
  videoUrl: true,
  durationSeconds: true,
  isPreview: true,
} as const;

/**
 * A course's outline for the dashboard. Security-critical: the course is found through
 * courseScope, and sections and lessons by that course id AND the access's center id.
 */
export async function getOutline(access: CenterAccess, courseId: string): Promise<CourseOutline> {
  requirePermission(access, "course.read");
  const course = await db.course.findFirst({ where: { id: assertCourseId(courseId), ...courseScope(access) }, select: { id: true } });
  if (!course) throw new AppError("not_found");
  const sections = await db.section.findMany({
    where: { courseId: course.id, centerId: access.centerId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true,
      titleMy: true,
      lessons: { where: { centerId: access.centerId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: lessonSelect },
    },
  });
  return { courseId: course.id, sections };
}
