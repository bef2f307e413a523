import "server-only";
import { LRUCache } from "lru-cache";
import { env } from "@/lib/env";

type Entry = { value: unknown; loadedAt: number };

/**
 * A per-process cache of public reads. The TTL (PUBLIC_READ_CACHE_TTL_MS, 5 s by default) is short
 * on purpose: with several app instances, another instance's price change shows up here within
 * that time; changes made through this instance invalidate at once (invalidatePublicReads).
 *
 * Stale-while-revalidate: a read of an entry older than the TTL still answers from memory and
 * starts one reload in the background, so no request waits for the database while traffic flows.
 * An entry older than twice the TTL is gone: after a quiet spell the first reader loads afresh and
 * never sees an old price. Concurrent misses of a key share one load.
 */
export function createPublicReadCache(ttlMs: number) {
  const cache = new LRUCache<string, Entry>({ max: 5_000, ttl: Math.max(2 * ttlMs, 1) });
  const loading = new Map<string, Promise<Entry>>();
  // Bumped by invalidate(): a load that started before a write must not store what it read.
  let generation = 0;

  const reload = (key: string, load: () => Promise<unknown>): Promise<Entry> => {
    const started = generation;
    const promise = load()
      .then((value) => {
        const entry = { value, loadedAt: Date.now() };
        if (started === generation) cache.set(key, entry);
        return entry;
      })
      .finally(() => {
        if (loading.get(key) === promise) loading.delete(key);
      });
    loading.set(key, promise);
    return promise;
  };

  return {
    async read<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (ttlMs === 0) return load();
      const entry = cache.get(key);
      if (!entry) return (await (loading.get(key) ?? reload(key, load))).value as T;
      if (Date.now() - entry.loadedAt > ttlMs && !loading.has(key)) {
        // A failed background reload keeps the current entry until it expires; the next read retries.
        reload(key, load).catch(() => undefined);
      }
      return entry.value as T;
    },
    invalidate(prefix = "") {
      generation += 1;
      for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
      for (const key of loading.keys()) if (key.startsWith(prefix)) loading.delete(key);
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
