import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { courseInstructorInput, type CourseInstructorInput } from "./schemas";
import { loadCourse, lockCourse, logAuthoring } from "./scope";

/**
 * Assigns an instructor (InstructorProfile id) to a course. Security-critical: profiles are shared
 * across centers and the database cannot check who teaches where (ADR 0001), so the person must be
 * an ACTIVE member of THIS center and an active user; anyone else is `not_found`. Idempotent.
 */
export async function assignInstructor(access: CenterAccess, input: CourseInstructorInput, client?: ClientInfo): Promise<{ courseId: string; instructorId: string }> {
  requirePermission(access, "course.assign_instructor");
  const { courseId, instructorId } = courseInstructorInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, access, courseId);
    await lockCourse(tx, course.id);
    const profile = await tx.instructorProfile.findFirst({
      where: {
        id: instructorId,
        user: { status: "ACTIVE", memberships: { some: { centerId: course.centerId, status: "ACTIVE" } } },
      },
      select: { id: true },
    });
    if (!profile) throw new AppError("not_found");
    const existing = await tx.courseInstructor.findUnique({ where: { courseId_instructorId: { courseId, instructorId } }, select: { id: true } });
    if (existing) return { courseId, instructorId };
    const last = await tx.courseInstructor.aggregate({ where: { courseId, centerId: course.centerId }, _max: { position: true } });
    await tx.courseInstructor.create({ data: { courseId, centerId: course.centerId, instructorId, position: (last._max.position ?? -1) + 1 } });
    await logAuthoring(tx, access, { action: "course.instructor_assigned", targetType: "course", targetId: courseId, client, metadata: { instructorId } });
    return { courseId, instructorId };
  });
}

/** Removes an instructor from a course of this center. Idempotent. */
export async function unassignInstructor(access: CenterAccess, input: CourseInstructorInput, client?: ClientInfo): Promise<{ courseId: string; instructorId: string }> {
  requirePermission(access, "course.assign_instructor");
  const { courseId, instructorId } = courseInstructorInput.parse(input);
  return db.$transaction(async (tx) => {
    const course = await loadCourse(tx, access, courseId);
    const { count } = await tx.courseInstructor.deleteMany({ where: { courseId: course.id, centerId: course.centerId, instructorId } });
    if (count > 0) {
      await logAuthoring(tx, access, { action: "course.instructor_unassigned", targetType: "course", targetId: courseId, client, metadata: { instructorId } });
    }
    return { courseId, instructorId };
  });
}
