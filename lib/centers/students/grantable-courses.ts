import type { VisibleCourse } from "./visible-courses";

/**
 * The courses a grant form offers: not archived (an archived course is closed to new students),
 * minus those the student already holds.
 */
export function grantableCourses(courses: VisibleCourse[], heldCourseIds: readonly string[] = []): { id: string; title: string }[] {
  return courses.filter((course) => course.status !== "ARCHIVED" && !heldCourseIds.includes(course.id)).map(({ id, title }) => ({ id, title }));
}
