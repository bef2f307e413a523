import "server-only";
import { LRUCache } from "lru-cache";

type Entry = { value: unknown; loadedAt: number };

/**
 * The in-memory part of the public read cache (one per process; cross-instance-cache.ts adds the
 * invalidations of other instances). The TTL (PUBLIC_READ_CACHE_TTL_MS, 5 s by default) is short
 * on purpose: it bounds how long a change that nobody invalidated can take to show.
 *
 * Stale-while-revalidate: a read of an entry older than the TTL still answers from memory and
 * starts one reload in the background, so no request waits for the database while traffic flows.
 * An entry older than twice the TTL is gone: after a quiet spell the first reader loads afresh and
 * never sees an old price. Concurrent misses of a key share one load.
 *
 * `notified()` says whether other instances' invalidations reach this cache right now (ADR 0043).
 * When they do not, an entry past the TTL is not served at all: the reader waits for a fresh load,
 * so a change made elsewhere shows within the TTL even without notifications.
 */
export function createPublicReadCache(ttlMs: number, options: { notified?: () => boolean } = {}) {
  const notified = options.notified ?? (() => true);
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
      const stale = entry !== undefined && Date.now() - entry.loadedAt > ttlMs;
      if (!entry || (stale && !notified())) return (await (loading.get(key) ?? reload(key, load))).value as T;
      if (stale && !loading.has(key)) {
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
