import "server-only";
import { invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { CATALOG_CACHE_PREFIX } from "@/lib/catalog/cached-catalog";

/**
 * Drops this instance's cached catalog reads after a center's name, texts or logo changed. The
 * whole catalog prefix, as authoring does: course cards and instructor pages show the center's name
 * too, under keys that do not name the center. Other instances catch up within the cache's TTL.
 */
export function invalidateCenterPublicReads(): void {
  invalidatePublicReads(CATALOG_CACHE_PREFIX);
}
