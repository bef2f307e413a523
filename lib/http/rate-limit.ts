import "server-only";
import { db } from "@/lib/db";
import type { RateLimitRule } from "./endpoint";
import { AppError } from "./errors";

/**
 * Fixed-window counter in PostgreSQL, so that every app instance shares one count. One upsert per
 * call; a caller past the limit gets a 429 with Retry-After until the window ends.
 */
export async function consumeRateLimit(rule: RateLimitRule, subject: string, now = new Date()) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${rule.bucket}:${subject}`;
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_buckets (id, key, window_start, count, expires_at, updated_at)
    VALUES (gen_random_uuid(), ${key}, ${windowStart}, 1, ${new Date(windowStart.getTime() + windowMs)}, now())
    ON CONFLICT (key, window_start)
    DO UPDATE SET count = rate_limit_buckets.count + 1, updated_at = now()
    RETURNING count`;
  const count = Number(rows[0]?.count ?? 0);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

export async function enforceRateLimit(rule: RateLimitRule, subject: string) {
  const result = await consumeRateLimit(rule, subject);
  if (!result.allowed) throw new AppError("rate_limited", { retryAfterSeconds: result.retryAfterSeconds });
}
