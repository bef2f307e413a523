import { toUnicode } from "@/lib/text/zawgyi";

/** The usage event a catalog search leaves (ADR 0021). */
export const CATALOG_SEARCH_EVENT = "catalog.search";

/** The longest search term kept, in characters (the search box allows 100 too). */
export const MAX_SEARCH_TERM_LENGTH = 100;

/** The props of a `catalog.search` event: the term and the centers its first page showed. No person. */
export type CatalogSearchProps = { q: string; centers: string[] };

/**
 * A query as it is counted: Unicode (Zawgyi converted, as the search itself does), single spaces,
 * trimmed, lower case, at most 100 characters — so "Python ", "python" and a Zawgyi spelling of
 * a Burmese word count as one term. Empty when nothing is left.
 */
export function normaliseSearchTerm(query: string): string {
  const text = toUnicode(query).toLowerCase();
  return [...text].slice(0, MAX_SEARCH_TERM_LENGTH).join("").trim();
}
