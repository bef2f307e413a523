import "server-only";
import { LRUCache } from "lru-cache";
import { describeError, log } from "@/lib/log";
import { windowBounds, type RateLimitStore } from "./store";

/** One key's delta for one window, as a flush sends it. */
export type BucketDelta = { key: string; windowStart: Date; windowEnd: Date; delta: number };
/** Writes deltas in one statement and answers each bucket's global count after it (same order). */
export type WriteDeltas = (deltas: BucketDelta[]) => Promise<number[]>;

type Entry = { key: string; start: Date; end: Date; known: number; sending: number; pending: number };

export type BatchedStoreOptions = {
  write: WriteDeltas;
  /** Deltas go to the table at least this often while there are any (default 1 s). */
  flushIntervalMs?: number;
  /** A key's unflushed hits may reach this share of its limit, then the next hit waits for a flush (default 1/10). */
  unflushedShare?: number;
  maxKeys?: number;
};

export type BatchedRateLimitStore = RateLimitStore & {
  /** Sends every unflushed hit now; false when the write failed (the hits stay for the next try). */
  flush(): Promise<boolean>;
  /** Final flush and no more timer: graceful shutdown. */
  stop(): Promise<void>;
};

/**
 * Fixed-window counters shared by every instance without a database write per request (ADR 0043):
 * hits are counted in memory and their deltas are added to `rate_limit_buckets` in one statement
 * per flush, which answers the global counts. A hit is allowed when the last known global count
 * plus this instance's unflushed hits is within the limit. A key's unflushed hits never exceed
 * ⌈limit × unflushedShare⌉ (the next hit waits for a flush instead), so with N instances a window
 * admits at most limit + (N − 1) × ⌈limit × unflushedShare⌉. When the database cannot be written,
 * the store counts locally (N × limit at worst) and keeps retrying every interval.
 */
export function createBatchedRateLimitStore(options: BatchedStoreOptions): BatchedRateLimitStore {
  const intervalMs = options.flushIntervalMs ?? 1_000;
  const share = options.unflushedShare ?? 0.1;
  const orphans: Entry[] = []; // evicted with unflushed hits: they still go to the table
  const entries = new LRUCache<string, Entry>({
    max: options.maxKeys ?? 100_000,
    dispose: (entry, _id, reason) => {
      if (reason === "evict" && entry.pending > 0) orphans.push({ ...entry, sending: 0 });
    },
  });
  let inFlight: Promise<boolean> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;

  async function send(): Promise<boolean> {
    const batch = new Map<string, { entry: Entry; delta: number }>();
    const take = (entry: Entry, live: boolean) => {
      const id = `${entry.start.getTime()}:${entry.key}`;
      const row = batch.get(id) ?? { entry, delta: 0 };
      row.delta += entry.pending;
      if (live) row.entry = entry;
      batch.set(id, row);
      if (live) entry.sending += entry.pending;
      entry.pending = 0;
    };
    for (const entry of orphans.splice(0)) take(entry, false);
    const ended: string[] = [];
    for (const [id, entry] of entries.entries()) {
      if (entry.pending > 0) take(entry, true);
      else if (entry.sending === 0 && entry.end.getTime() < Date.now()) ended.push(id);
    }
    for (const id of ended) entries.delete(id);
    const rows = [...batch.values()];
    if (rows.length === 0) return true;
    const live = (row: (typeof rows)[number]) => entries.peek(`${row.entry.start.getTime()}:${row.entry.key}`) === row.entry;
    try {
      const counts = await options.write(rows.map(({ entry, delta }) => ({ key: entry.key, windowStart: entry.start, windowEnd: entry.end, delta })));
      rows.forEach((row, i) => {
        if (!live(row)) return;
        row.entry.sending = 0;
        row.entry.known = counts[i] ?? row.entry.known + row.delta;
      });
      failedAt = Number.NEGATIVE_INFINITY;
      return true;
    } catch (error) {
      // Nothing is lost: the hits go back to pending (or to the orphans) for the next flush.
      for (const row of rows) {
        if (live(row)) {
          row.entry.sending = 0;
          row.entry.pending += row.delta;
        } else orphans.push({ ...row.entry, pending: row.delta, sending: 0 });
      }
      if (failedAt === Number.NEGATIVE_INFINITY) log.warn("rate_limit.flush_failed", describeError(error));
      failedAt = Date.now();
      return false;
    }
  }

  function flush(): Promise<boolean> {
    inFlight ??= send().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  const startTimer = () => {
    if (timer) return;
    timer = setInterval(() => void flush(), intervalMs);
    timer.unref();
  };

  const entryOf = (key: string, start: Date, end: Date): Entry => {
    const id = `${start.getTime()}:${key}`;
    let entry = entries.get(id);
    if (!entry) {
      entry = { key, start, end, known: 0, sending: 0, pending: 0 };
      entries.set(id, entry);
    }
    return entry;
  };

  return {
    async hit(key, windowSeconds, now, limit) {
      const { start, end } = windowBounds(windowSeconds, now);
      startTimer();
      const cap = limit === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(limit * share));
      let entry = entryOf(key, start, end);
      // Wait for a flush only while the answer could depend on it: a window the other instances
      // already filled stays closed anyway, and while the database refuses writes, count locally.
      while (entry.pending + entry.sending >= cap && entry.known < (limit ?? 0) && Date.now() - failedAt >= intervalMs) {
        if (!(await flush())) break;
        entry = entryOf(key, start, end);
      }
      entry.pending += 1;
      return { count: entry.known + entry.sending + entry.pending, resetAt: end };
    },
    async peek(key, windowSeconds, now) {
      const { start, end } = windowBounds(windowSeconds, now);
      const entry = entries.peek(`${start.getTime()}:${key}`);
      return { count: entry ? entry.known + entry.sending + entry.pending : 0, resetAt: end };
    },
    flush,
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await inFlight;
      await flush();
    },
  };
}
