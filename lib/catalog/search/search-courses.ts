import "server-only";
import { type SearchFilters, type SearchPosition, type SearchRow, searchCoursesSql } from "./search-sql";
import { searchPool } from "./search-pool";
import { runSearchStatement } from "./search-statement";
import { toSearchTerms } from "./search-terms";

export type SearchCoursesInput = SearchFilters & { q: string; after: SearchPosition | null; take: number };

/** Ranked ids (and ranks, for the cursor) of published courses of active centers matching `q` in Burmese or English. */
export async function searchCourses(input: SearchCoursesInput): Promise<SearchRow[]> {
  const terms = toSearchTerms(input.q);
  if (!terms) return [];
  const { categoryId, centerId, instructorId } = input;
  return runSearchStatement<SearchRow>(searchPool(), searchCoursesSql(terms, { categoryId, centerId, instructorId }, input.after, input.take));
}
