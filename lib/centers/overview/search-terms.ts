import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { CATALOG_SEARCH_EVENT } from "@/lib/analytics/search-event";
import { db, type Db } from "@/lib/db";
import type { OverviewPeriod } from "./overview-period";
import { overviewScope } from "./overview-scope";

export type SearchTermCount = { term: string; count: number };

export const SEARCH_TERM_LIMIT = 10;

/**
 * The catalog searches of the period whose first page of results showed one of this center's
 * courses, most frequent first (`report.read`). Events hold no user id (ADR 0021): a term is
 * counted per search, not per person.
 */
export async function getPopularSearchTerms(access: CenterAccess, period: OverviewPeriod, reader: Db = db): Promise<SearchTermCount[]> {
  const scope = await overviewScope(access, "report.read", period);
  const rows = await reader.$queryRaw<{ term: string; count: bigint }[]>`
    SELECT u.props->>'q' AS term, count(*)::bigint AS count
    FROM usage_events u
    WHERE u.name = ${CATALOG_SEARCH_EVENT} AND u.at >= ${scope.start} AND u.at < ${scope.end}
      AND u.props->'centers' @> jsonb_build_array(${scope.centerId}::text)
      AND coalesce(u.props->>'q', '') <> ''
    GROUP BY 1
    ORDER BY 2 DESC, 1
    LIMIT ${SEARCH_TERM_LIMIT}`;
  return rows.map((row) => ({ term: row.term, count: Number(row.count) }));
}
