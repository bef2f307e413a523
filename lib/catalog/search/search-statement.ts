import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statementName } from "../../db-statement-names";
import { WORD_SIMILARITY_THRESHOLD } from "./search-sql";

/**
 * Session settings of every connection that runs searches (ADR 0015), given as startup options so
 * that a search is one statement in one round trip, with no transaction around it:
 * - the `<%` threshold (pg_trgm.word_similarity_threshold);
 * - no sequential or plain index scans: under a LIMIT the planner likes to bet that walking the
 *   table meets enough matches early; for a rare word or a typo that means a trigram computation on
 *   every row (seconds at 100k courses), while a GIN bitmap scan is never worse than a few ms;
 * - no parallel workers (a search is a few ms of work: starting workers costs more);
 * - generic plans: planning the search took as long as running it (8–16 ms at 100k courses). The
 *   statements are prepared by name, so each connection plans each query shape once.
 */
export const SEARCH_SESSION_OPTIONS = [
  `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
  "-c enable_seqscan=off",
  "-c enable_indexscan=off",
  "-c max_parallel_workers_per_gather=0",
  "-c plan_cache_mode=force_generic_plan",
].join(" ");

type Queryable = Pick<pg.Pool, "query"> | Pick<pg.Client, "query">;

/**
 * Runs a search statement as a named prepared statement. The name is a digest of the SQL text: the
 * text depends only on the query's shape (number of words, filters, cursor), never on its values,
 * which are all bound parameters, so a connection prepares a few dozen statements at most.
 */
export async function runSearchStatement<Row extends pg.QueryResultRow>(client: Queryable, sql: Prisma.Sql): Promise<Row[]> {
  const result = await (client as pg.Pool).query<Row>({ name: searchStatementName(sql), text: sql.text, values: sql.values as unknown[] });
  return result.rows;
}

export function searchStatementName(sql: Prisma.Sql): string {
  return statementName(sql.text);
}
