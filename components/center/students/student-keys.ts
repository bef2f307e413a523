import type { ListCenterStudentsFilters } from "@/lib/centers/students/student-schemas";

/** The one place the students feature's TanStack Query keys are made (style rule 11). */
export const studentKeys = {
  all: (centerId: string) => ["center", centerId, "students"] as const,
  lists: (centerId: string) => [...studentKeys.all(centerId), "list"] as const,
  list: (centerId: string, filters: ListCenterStudentsFilters) => [...studentKeys.lists(centerId), filters] as const,
};
