import "server-only";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle/lifecycle";
import { createCrossInstanceCache, type CrossInstanceCache } from "./cross-instance-cache";

// On globalThis: Next's bundles and the start script may load this module more than once, and a
// hot reload in development must not open another listener; one cache and one LISTEN per process.
const globalForCache = globalThis as unknown as { publicReadCache?: CrossInstanceCache };

function instance(): CrossInstanceCache {
  if (!globalForCache.publicReadCache) {
    const config = env();
    globalForCache.publicReadCache = createCrossInstanceCache({
      ttlMs: config.PUBLIC_READ_CACHE_TTL_MS,
      listenUrl: config.DATABASE_DIRECT_URL ?? config.DATABASE_URL,
    });
    onShutdown("cache.invalidation-listener", stopPublicReadInvalidation, "flush");
  }
  return globalForCache.publicReadCache;
}

/** Serves a public, non-personal read (same answer for everyone). Never cache anything user-specific. */
export function cachedPublicRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  return instance().read(key, load);
}

/**
 * Drops cached reads whose key starts with `prefix` (all when omitted) on every instance: call
 * after a catalog write. Pass the write's `tx` when it has not committed yet: the other instances
 * are then told on commit (ADR 0043). Without `tx`, await it after the commit; it never throws.
 */
export function invalidatePublicReads(prefix = "", tx?: Tx): Promise<void> {
  return instance().invalidate(prefix, tx);
}

/** Closes the invalidation listener (graceful shutdown). Reads still work, within the TTL only. */
export async function stopPublicReadInvalidation(): Promise<void> {
  await globalForCache.publicReadCache?.stop();
}
