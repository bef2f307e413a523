import "server-only";
import { invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { CATALOG_CACHE_PREFIX } from "@/lib/catalog/cached-catalog";

/**
 * Drops every instance's cached catalog reads after a center's name, texts or logo changed (call
 * after the commit). The whole catalog prefix, as authoring does: course cards and instructor pages
 * show the center's name too, under keys that do not name the center.
 */
export function invalidateCenterPublicReads(): Promise<void> {
  return invalidatePublicReads(CATALOG_CACHE_PREFIX);
}
