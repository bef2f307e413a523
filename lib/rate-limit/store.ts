/** One fixed-window counter as a store sees it: the count in the window of `now`, and when that window ends. */
export type WindowCount = { count: number; resetAt: Date };

/**
 * Where fixed-window counters live. The PostgreSQL store is shared by every app instance; a Redis
 * store (INCR + EXPIRE on `key:windowStart`) can replace it behind this interface.
 */
export interface RateLimitStore {
  /**
   * Adds one to the counter of `key` in the window that contains `now` and returns the new count.
   * `limit` lets a store that batches its writes decide when a flush matters (batched-store.ts).
   */
  hit(key: string, windowSeconds: number, now: Date, limit?: number): Promise<WindowCount>;
  /** Reads the counter of `key` in the window that contains `now` without changing it. */
  peek(key: string, windowSeconds: number, now: Date): Promise<WindowCount>;
}

/** Windows are aligned to the epoch (an hour window starts on the hour, a day window at 00:00 UTC). */
export function windowBounds(windowSeconds: number, now: Date): { start: Date; end: Date } {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), end: new Date(start + windowMs) };
}
