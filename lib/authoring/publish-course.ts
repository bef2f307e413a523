import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { notifyFollowersOfNewCourse } from "@/lib/follows/notify-followers";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { courseIdInput } from "./schemas";
import { loadCourse, lockCourse, logAuthoring } from "./scope";

type CourseIdInput = { courseId: string };

/**
 * Publishes a course that has at least one lesson (else 409 `no_lessons`). The first publication
 * date is kept on republishing, so unpublishing and republishing cannot push a course to the top of
 * "newest". Followers of its instructors are notified once per course, through the outbox.
 * Idempotent for a published course.
 */
export async function publishCourse(access: CenterAccess, input: CourseIdInput, client?: ClientInfo): Promise<{ courseId: string; publishedAt: string }> {
  requirePermission(access, "course.publish");
  const { courseId } = courseIdInput.parse(input);
  return db.$transaction(async (tx) => {
    await loadCourse(tx, access, courseId);
    await lockCourse(tx, courseId);
    const course = await loadCourse(tx, access, courseId);
    if (course.status === "PUBLISHED" && course.publishedAt) return { courseId, publishedAt: course.publishedAt.toISOString() };
    const lessons = await tx.lesson.count({ where: { courseId, centerId: course.centerId } });
    if (lessons === 0) throw new AppError("conflict", { message: "A course needs at least one lesson to be published", details: { reason: "no_lessons" } });
    const publishedAt = course.publishedAt ?? new Date();
    await tx.course.update({ where: { id: courseId }, data: { status: "PUBLISHED", publishedAt, archivedAt: null } });
    await notifyFollowersOfNewCourse(tx, courseId);
    await logAuthoring(tx, access, { action: "course.published", targetType: "course", targetId: courseId, client, metadata: { lessonCount: lessons } });
    return { courseId, publishedAt: publishedAt.toISOString() };
  });
}

/** Takes a course out of the catalog (back to DRAFT). Enrolled students keep their access. Idempotent. */
export async function unpublishCourse(access: CenterAccess, input: CourseIdInput, client?: ClientInfo): Promise<{ courseId: string }> {
  requirePermission(access, "course.publish");
  const { courseId } = courseIdInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, access, courseId);
    if (course.status !== "PUBLISHED") return { courseId };
    await tx.course.update({ where: { id: courseId }, data: { status: "DRAFT" } });
    await logAuthoring(tx, access, { action: "course.unpublished", targetType: "course", targetId: courseId, client });
    return { courseId };
  });
}
