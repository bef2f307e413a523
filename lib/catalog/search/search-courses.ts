import "server-only";
import { db } from "@/lib/db";
import { type SearchFilters, type SearchPosition, type SearchRow, searchCoursesSql, searchSettingsSql } from "./search-sql";
import { toSearchTerms } from "./search-terms";

export type SearchCoursesInput = SearchFilters & { q: string; after: SearchPosition | null; take: number };

/** Ranked ids (and ranks, for the cursor) of published courses of active centers matching `q` in Burmese or English. */
export async function searchCourses(input: SearchCoursesInput): Promise<SearchRow[]> {
  const terms = toSearchTerms(input.q);
  if (!terms) return [];
  const { categoryId, centerId, instructorId } = input;
  // One transaction: the `<%` threshold is set with is_local and must apply to the search itself.
  const [, rows] = await db.$transaction([
    db.$queryRaw(searchSettingsSql()),
    db.$queryRaw<SearchRow[]>(searchCoursesSql(terms, { categoryId, centerId, instructorId }, input.after, input.take)),
  ]);
  return rows;
}
