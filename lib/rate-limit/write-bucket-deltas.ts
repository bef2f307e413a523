import "server-only";
import type { BucketDelta } from "./batched-store";
import { counterPool } from "./counter-pool";

/**
 * Adds a flush's deltas to `rate_limit_buckets` in ONE statement on the counter pool (ADR 0010)
 * and answers each bucket's count after the addition, in the order given. Rows are written in
 * (key, window) order, so two instances flushing the same keys lock them in the same order and
 * cannot deadlock.
 */
export async function writeBucketDeltas(deltas: BucketDelta[]): Promise<number[]> {
  const sorted = [...deltas].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.windowStart.getTime() - b.windowStart.getTime()));
  const { rows } = await counterPool().query<{ key: string; window_start: Date; count: number }>(
    `INSERT INTO rate_limit_buckets (id, key, window_start, count, expires_at, updated_at)
     SELECT gen_random_uuid(), d.key, d.window_start, d.delta, d.expires_at, now()
     FROM unnest($1::text[], $2::timestamptz[], $3::int[], $4::timestamptz[]) WITH ORDINALITY AS d(key, window_start, delta, expires_at, n)
     ORDER BY d.n
     ON CONFLICT (key, window_start)
     DO UPDATE SET count = rate_limit_buckets.count + EXCLUDED.count, updated_at = now()
     RETURNING key, window_start, count`,
    [sorted.map((d) => d.key), sorted.map((d) => d.windowStart), sorted.map((d) => d.delta), sorted.map((d) => d.windowEnd)],
  );
  const counts = new Map(rows.map((row) => [`${row.window_start.getTime()}:${row.key}`, Number(row.count)]));
  return deltas.map((d) => counts.get(`${d.windowStart.getTime()}:${d.key}`) ?? d.delta);
}
