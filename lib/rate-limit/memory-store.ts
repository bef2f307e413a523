import "server-only";
import { LRUCache } from "lru-cache";
import { windowBounds, type RateLimitStore } from "./store";

type Window = { start: number; count: number };

/**
 * Fixed-window counters in this process's memory: no database round trip per request. Each
 * instance counts on its own, so with N instances one client gets at most N × the limit, and a
 * restart forgets the counts; the least recently seen keys are dropped past `maxKeys` (memory stays
 * bounded however many addresses a flood comes from). For generous limits on cheap reads only
 * (ADR 0039): never for security counters (OTP, sign-in, orders), which need the shared store.
 */
export function createMemoryRateLimitStore(maxKeys = 100_000): RateLimitStore {
  const windows = new LRUCache<string, Window>({ max: maxKeys });
  const current = (key: string, start: number) => {
    const window = windows.get(key);
    return window && window.start === start ? window.count : 0;
  };
  return {
    async hit(key, windowSeconds, now) {
      const { start, end } = windowBounds(windowSeconds, now);
      const count = current(key, start.getTime()) + 1;
      windows.set(key, { start: start.getTime(), count });
      return { count, resetAt: end };
    },
    async peek(key, windowSeconds, now) {
      const { start, end } = windowBounds(windowSeconds, now);
      return { count: current(key, start.getTime()), resetAt: end };
    },
  };
}
