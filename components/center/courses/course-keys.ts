// TanStack Query keys of the course pages (style rule 11): one factory, always with the center id,
// so one center's cached outline can never answer for another's. Never inline these arrays.
export const courseKeys = {
  all: (centerId: string) => ["center", centerId, "courses"] as const,
  course: (centerId: string, courseId: string) => [...courseKeys.all(centerId), courseId] as const,
  outline: (centerId: string, courseId: string) => [...courseKeys.course(centerId, courseId), "outline"] as const,
};

/** The outline route handler's path (app/center/[slug]/courses/[courseId]/outline/route.ts). */
export const outlineUrl = (slug: string, courseId: string) =>
  `/center/${encodeURIComponent(slug)}/courses/${encodeURIComponent(courseId)}/outline`;
