import "server-only";
import { counterPool } from "./counter-pool";
import { windowBounds, type RateLimitStore } from "./store";

/**
 * Counters in the `rate_limit_buckets` table: one atomic upsert per hit, so concurrent requests on
 * any instance are counted exactly. Runs on the counter pool, never in a caller's transaction: a
 * count must survive the rollback of the request that made it.
 */
export const postgresRateLimitStore: RateLimitStore = {
  async hit(key, windowSeconds, now) {
    const { start, end } = windowBounds(windowSeconds, now);
    const { rows } = await counterPool().query<{ count: number }>(
      `INSERT INTO rate_limit_buckets (id, key, window_start, count, expires_at, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 1, $3, now())
       ON CONFLICT (key, window_start)
       DO UPDATE SET count = rate_limit_buckets.count + 1, updated_at = now()
       RETURNING count`,
      [key, start, end],
    );
    return { count: Number(rows[0]?.count ?? 0), resetAt: end };
  },

  async peek(key, windowSeconds, now) {
    const { start, end } = windowBounds(windowSeconds, now);
    const { rows } = await counterPool().query<{ count: number }>(
      "SELECT count FROM rate_limit_buckets WHERE key = $1 AND window_start = $2",
      [key, start],
    );
    return { count: Number(rows[0]?.count ?? 0), resetAt: end };
  },
};
