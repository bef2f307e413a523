import type { CenterStudentPage } from "@/lib/centers/students/student-dto";
import type { ListCenterStudentsFilters } from "@/lib/centers/students/student-schemas";

/** The query string of the rows route for these filters (defaults and blanks left out). */
export function studentRowsUrl(slug: string, filters: ListCenterStudentsFilters): string {
  const search = new URLSearchParams();
  if (filters.q) search.set("q", filters.q);
  if (filters.courseId) search.set("courseId", filters.courseId);
  if (filters.status) search.set("status", filters.status);
  search.set("sort", filters.sort);
  search.set("page", String(filters.page));
  search.set("pageSize", String(filters.pageSize));
  return `/center/${encodeURIComponent(slug)}/students/rows?${search}`;
}

/** Fetches one page of students; a failed answer throws the contract's (already translated) message. */
export async function fetchStudentRows(slug: string, filters: ListCenterStudentsFilters, signal?: AbortSignal): Promise<CenterStudentPage> {
  const response = await fetch(studentRowsUrl(slug, filters), { signal, headers: { accept: "application/json" }, cache: "no-store" });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new Error(message || String(response.status));
  }
  return body as CenterStudentPage;
}
