import "server-only";
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";

type Loader = () => Promise<unknown>;
type Entry = { value: unknown };

/**
 * A per-process cache of public reads. The TTL (PUBLIC_READ_CACHE_TTL_MS, 5 s by default) is short
 * on purpose: with several app instances, another instance's price change shows up here within
 * that time; changes made through this instance invalidate at once (invalidatePublicReads).
 */
export function createPublicReadCache(ttlMs: number) {
  const cache = new LRUCache<string, Entry, Loader>({
    max: 5_000,
    ttl: Math.max(ttlMs, 1),
    // One database query per key and expiry, however many requests arrive at once.
    fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
  });
  return {
    async read<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (ttlMs === 0) return load();
      const entry = await cache.fetch(key, { context: load });
      return entry?.value as T;
    },
    invalidate(prefix = "") {
      for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
    },
  };
}

let shared: ReturnType<typeof createPublicReadCache> | undefined;
const instance = () => (shared ??= createPublicReadCache(env().PUBLIC_READ_CACHE_TTL_MS));

/** Serves a public, non-personal read (same answer for everyone). Never cache anything user-specific. */
export function cachedPublicRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  return instance().read(key, load);
}

/** Drops cached reads whose key starts with `prefix` (all when omitted): call after a catalog write. */
export function invalidatePublicReads(prefix = ""): void {
  instance().invalidate(prefix);
}
