import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { assertCourseId } from "./course-id";
import type { CourseStatus } from "./list-center-courses-for-admin";

/** A course's editable details, both languages as stored (the edit form shows them side by side). */
export type CourseForEditing = {
  id: string;
  slug: string;
  status: CourseStatus;
  categoryId: string;
  titleEn: string | null;
  titleMy: string | null;
  summaryEn: string | null;
  summaryMy: string | null;
  descriptionEn: string | null;
  descriptionMy: string | null;
  coverImageUrl: string | null;
  level: "BEGINNER" | "INTERMEDIATE" | "ADVANCED" | "ALL_LEVELS";
  language: "MY" | "EN" | "BILINGUAL";
  priceAmount: number;
  currency: "MMK" | "USD";
  publishedAt: string | null;
  updatedAt: string;
  lessonCount: number;
};

/**
 * One course of the center for its edit page. Security-critical: loaded through courseScope, so
 * another center's course, or an instructor's unassigned one, is `not_found` like a missing id.
 */
export async function getCourseForEditing(access: CenterAccess, courseId: string): Promise<CourseForEditing> {
  requirePermission(access, "course.read");
  const row = await db.course.findFirst({
    where: { id: assertCourseId(courseId), ...courseScope(access) },
    select: {
      id: true,
      slug: true,
      status: true,
      categoryId: true,
      titleEn: true,
      titleMy: true,
      summaryEn: true,
      summaryMy: true,
      descriptionEn: true,
      descriptionMy: true,
      coverImageUrl: true,
      level: true,
      language: true,
      priceAmount: true,
      currency: true,
      publishedAt: true,
      updatedAt: true,
      _count: { select: { lessons: true } },
    },
  });
  if (!row) throw new AppError("not_found");
  const { _count, publishedAt, updatedAt, ...fields } = row;
  return { ...fields, publishedAt: publishedAt?.toISOString() ?? null, updatedAt: updatedAt.toISOString(), lessonCount: _count.lessons };
}
