import { courseSummarySelect, toCourseSummary } from "./course-summary";
import "server-only";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import type { Locale } from "@/lib/i18n/locales";
import { searchCourses } from "./search/search-courses";

export type ListCoursesInput = {
  locale: Locale;
  limit: number;
  cursor?: string;
  q?: string;
  categoryId?: string;
  centerId?: string;
  instructorId?: string;
};




/**
 * Published courses of active centers, newest first, keyset-paginated on (publishedAt, id); with
 * `q`, ranked search results (lib/catalog/search) paginated on (rank, id). `reader`: the primary
 * unless the caller passes a replica (lib/db-replicas.ts).
 */
export async function listCourses(input: ListCoursesInput, reader: Db = db) {
  if (input.q?.trim()) return searchCourseSummaries({ ...input, q: input.q }, reader);
  const where: Prisma.CourseWhereInput = {
    status: "PUBLISHED",
    center: { status: "ACTIVE" },
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.centerId ? { centerId: input.centerId } : {}),
    ...(input.instructorId ? { instructors: { some: { instructorId: input.instructorId } } } : {}),
  };
  const after = decodeCursor(input.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: after.id } }] }];
  }
  const rows = await reader.course.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: courseSummarySelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => ({ key: row.publishedAt?.toISOString() ?? null, id: row.id }),
    (row) => toCourseSummary(row, input.locale),
  );
}

async function searchCourseSummaries(input: ListCoursesInput & { q: string }, reader: Db) {
  const after = decodeCursor(input.cursor);
  // A cursor of the unfiltered list (a date key) cannot continue a search: an empty page, as above.
  if (after && (typeof after.key !== "number" || !Number.isFinite(after.key))) return { items: [], nextCursor: null };
  const ranked = await searchCourses({
    q: input.q,
    categoryId: input.categoryId,
    centerId: input.centerId,
    instructorId: input.instructorId,
    after: after ? { rank: after.key as number, id: after.id } : null,
    take: input.limit + 1,
  }, reader);
  const rows = await reader.course.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, select: courseSummarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const page = toPage(ranked, input.limit, (r) => ({ key: r.rank, id: r.id }), (r) => byId.get(r.id));
  // Summaries in the search's order; a course unpublished in between is skipped, the cursor stays valid.
  const items = page.items.flatMap((row) => (row ? [toCourseSummary(row, input.locale)] : []));
  return { items, nextCursor: page.nextCursor };
}

