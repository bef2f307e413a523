import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { assertCourseId } from "./course-id";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type InstructorChoice = { id: string; name: string };

/** Who teaches a course, and which of the center's active instructors could be added. */
export type CourseInstructors = { assigned: InstructorChoice[]; available: InstructorChoice[] };

/**
 * The instructor panel of a course page. `available` lists instructor profiles of ACTIVE members
 * (of active users) of this center only, the same rule `assignInstructor` enforces. An assigned
 * instructor who has since left still shows under `assigned`, so they can be removed.
 */
export async function listCourseInstructors(access: CenterAccess, courseId: string, locale: Locale): Promise<CourseInstructors> {
  requirePermission(access, "course.read");
  const course = await db.course.findFirst({
    where: { id: assertCourseId(courseId), ...courseScope(access) },
    select: {
      instructors: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { instructor: { select: { id: true, displayNameEn: true, displayNameMy: true, user: { select: { name: true } } } } },
      },
    },
  });
  if (!course) throw new AppError("not_found");
  const staff = await db.instructorProfile.findMany({
    where: { user: { status: "ACTIVE", memberships: { some: { centerId: access.centerId, status: "ACTIVE" } } } },
    orderBy: [{ displayNameEn: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, displayNameEn: true, displayNameMy: true, user: { select: { name: true } } },
  });
  const nameOf = (p: { id: string; displayNameEn: string | null; displayNameMy: string | null; user: { name: string | null } }) => ({
    id: p.id,
    name: localized(p.displayNameEn, p.displayNameMy, locale) || p.user.name || "—",
  });
  const assigned = course.instructors.map((row) => nameOf(row.instructor));
  const taken = new Set(assigned.map((a) => a.id));
  return { assigned, available: staff.filter((p) => !taken.has(p.id)).map(nameOf) };
}
