import "server-only";
import type { Tx } from "@/lib/db";
import type { ExportSection } from "./export-dto";

/**
 * A user has at most thousands of rows of any kind, so the document is built in memory. Each list
 * is still capped (newest rows first) so that one outlier cannot exhaust the server; the document
 * names the sections that hit the cap, so the file never silently claims to be complete.
 */
export const ROWS_PER_SECTION = 5000;
/** Nested lists (messages of one conversation, replies of one request) have their own cap. */
export const NESTED_ROWS = 1000;

export type ExportContext = { tx: Tx; userId: string; truncated: Set<ExportSection> };

/** The query's `take`: one more than the cap, to tell a full section from a truncated one. */
export const TAKE = ROWS_PER_SECTION + 1;

export function capped<T>(ctx: ExportContext, section: ExportSection, rows: T[]): T[] {
  if (rows.length <= ROWS_PER_SECTION) return rows;
  ctx.truncated.add(section);
  return rows.slice(0, ROWS_PER_SECTION);
}
