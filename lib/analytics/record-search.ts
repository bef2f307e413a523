import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { CATALOG_SEARCH_EVENT, normaliseSearchTerm, type CatalogSearchProps } from "./search-event";

export type CatalogSearch = {
  /** The query as typed; nothing is recorded when it is blank. */
  q: string | undefined;
  /** A search continued on a later page is the same search: only the first page is recorded. */
  cursor?: string | undefined;
  /** The first page of results (only their center ids are kept). */
  items: readonly { center: { id: string } }[];
  platform: "WEB" | "IOS" | "ANDROID" | null;
};

/**
 * Records a catalog search as a `catalog.search` usage event (policy S1.2 "search terms"), without
 * a user id: searches are not tied to a person (ADR 0021). Fire and forget — callers do not await
 * it, so a search is exactly as fast as before; the returned promise never rejects (tests await
 * it), and a failure is logged without the query text.
 */
export function recordCatalogSearch(search: CatalogSearch): Promise<void> {
  try {
    if (!search.q || search.cursor) return Promise.resolve();
    const q = normaliseSearchTerm(search.q);
    if (!q) return Promise.resolve();
    const props: CatalogSearchProps = { q, centers: [...new Set(search.items.map((item) => item.center.id))] };
    return db.usageEvent
      .create({ data: { name: CATALOG_SEARCH_EVENT, props, at: new Date(), platform: search.platform }, select: { id: true } })
      .then(
        () => undefined,
        (error: unknown) => logFailure(error),
      );
  } catch (error) {
    logFailure(error);
    return Promise.resolve();
  }
}

// The error's kind and code only, at every log level: a failed INSERT's message can quote the
// props, and so the query text.
function logFailure(error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  log.warn("analytics.search_not_recorded", { error: error instanceof Error ? error.name : typeof error, errorCode: typeof code === "string" ? code : undefined });
}
