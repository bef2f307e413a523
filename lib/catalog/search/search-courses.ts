import "server-only";
import { db, type Db } from "@/lib/db";
import { connectionStringOf } from "@/lib/db-replicas";
import { type SearchFilters, type SearchPosition, type SearchRow, searchCoursesSql } from "./search-sql";
import { searchPool } from "./search-pool";
import { runSearchStatement } from "./search-statement";
import { toSearchTerms } from "./search-terms";

export type SearchCoursesInput = SearchFilters & { q: string; after: SearchPosition | null; take: number };

/**
 * Ranked ids (and ranks, for the cursor) of published courses of active centers matching `q` in Burmese or English.
 * `reader` picks the server: the primary, or a replica given by readFromReplica (lib/db-replicas.ts).
 */
export async function searchCourses(input: SearchCoursesInput, reader: Db = db): Promise<SearchRow[]> {
  const terms = toSearchTerms(input.q);
  if (!terms) return [];
  const { categoryId, centerId, instructorId } = input;
  return runSearchStatement<SearchRow>(searchPool(connectionStringOf(reader)), searchCoursesSql(terms, { categoryId, centerId, instructorId }, input.after, input.take));
}
