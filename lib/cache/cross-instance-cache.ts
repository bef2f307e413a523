import "server-only";
import type { Tx } from "@/lib/db";
import { describeError, log } from "@/lib/log";
import { INVALIDATION_CHANNEL, publishInvalidation } from "./invalidation-channel";
import { createInvalidationListener } from "./invalidation-listener";
import { createPublicReadCache } from "./read-cache";

export type CrossInstanceCacheOptions = {
  ttlMs: number;
  /** Where to LISTEN (DATABASE_DIRECT_URL, else DATABASE_URL); without one, nothing is heard. */
  listenUrl: string | undefined;
  publish?: (prefix: string, tx?: Tx) => Promise<void>;
};

/**
 * This instance's public read cache, kept consistent with the others through PostgreSQL
 * LISTEN/NOTIFY (ADR 0043): an invalidation drops local entries at once and notifies every
 * instance (this one included, which matters when the write's transaction commits later); the
 * listener drops what each notification names. The listener starts on the first read. While it is
 * not connected, entries are served only within the TTL (read-cache.ts), and every (re)connect
 * drops the whole cache, since notifications sent in between were lost.
 */
export function createCrossInstanceCache(options: CrossInstanceCacheOptions) {
  const publish = options.publish ?? publishInvalidation;
  const listenUrl = options.ttlMs > 0 ? options.listenUrl : undefined;
  let connected = () => false;
  const cache = createPublicReadCache(options.ttlMs, { notified: () => connected() });
  const listener = listenUrl
    ? createInvalidationListener({
        connectionString: listenUrl,
        channel: INVALIDATION_CHANNEL,
        onMessage: (prefix) => cache.invalidate(prefix),
        onConnect: () => cache.invalidate(""),
      })
    : undefined;
  if (listener) connected = listener.connected;

  return {
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      listener?.start();
      return cache.read(key, load);
    },
    /**
     * Drops `prefix` here and notifies every instance. With `tx`, the notification is sent when tx
     * commits (and a failure fails tx); without, it is sent now, and a failure is only logged: the
     * write has committed, and other instances still drop the entry within their TTL.
     */
    async invalidate(prefix = "", tx?: Tx): Promise<void> {
      cache.invalidate(prefix);
      if (tx) return publish(prefix, tx);
      await publish(prefix).catch((error: unknown) => log.warn("cache.invalidation_not_sent", describeError(error)));
    },
    /** Whether other instances' invalidations reach this cache right now. */
    notified: () => connected(),
    backendPid: () => listener?.backendPid() ?? null,
    stop: async () => listener?.stop(),
  };
}

export type CrossInstanceCache = ReturnType<typeof createCrossInstanceCache>;
