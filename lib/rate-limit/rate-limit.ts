import "server-only";
import type { RateLimitRule } from "@/lib/http/endpoint";
import { AppError } from "@/lib/http/errors";
import { onShutdown } from "@/lib/lifecycle/lifecycle";
import { createBatchedRateLimitStore, type BatchedRateLimitStore } from "./batched-store";
import { postgresRateLimitStore } from "./postgres-store";
import type { RateLimitStore, WindowCount } from "./store";
import { writeBucketDeltas } from "./write-bucket-deltas";

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

// On globalThis: one batch per process however many times Next's bundles load this module, so
// that flushBatchedRateLimits() at shutdown reaches the hits the routes counted.
const globalForStore = globalThis as unknown as { batchedRateLimits?: BatchedRateLimitStore };
function batchedStore(): BatchedRateLimitStore {
  if (!globalForStore.batchedRateLimits) {
    globalForStore.batchedRateLimits = createBatchedRateLimitStore({ write: writeBucketDeltas });
    onShutdown("rate-limits.batched-flush", flushBatchedRateLimits, "flush");
  }
  return globalForStore.batchedRateLimits;
}

/**
 * The store of a rule: the exact one (PostgreSQL, one write per hit; swap it here, e.g. for Redis,
 * and nowhere else), or the batched one for rules counted `batched`: the same table, written once
 * a second per instance, with a bounded overshoot (ADR 0043).
 */
export function rateLimitStore(rule?: RateLimitRule): RateLimitStore {
  return rule?.counted === "batched" ? batchedStore() : postgresRateLimitStore;
}

/** Writes the batched counts now and stops their timer: call on graceful shutdown. */
export async function flushBatchedRateLimits(): Promise<void> {
  await globalForStore.batchedRateLimits?.stop();
}

function toResult({ count, resetAt }: WindowCount, now: Date, allowed: boolean): RateLimitResult {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return { allowed, count, retryAfterSeconds };
}

const keyOf = (rule: RateLimitRule, subject: string) => `${rule.bucket}:${subject}`;

/**
 * Counts one event of `subject` against a fixed-window rule and says whether it is within the
 * limit. The event is counted even when it is refused, so hammering a limit keeps it closed.
 */
export async function consumeRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const window = await rateLimitStore(rule).hit(keyOf(rule, subject), rule.windowSeconds, now, rule.limit);
  return toResult(window, now, window.count <= rule.limit);
}

/** Whether one more event would be within the limit, without counting anything. */
export async function peekRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const window = await rateLimitStore(rule).peek(keyOf(rule, subject), rule.windowSeconds, now);
  return toResult(window, now, window.count < rule.limit);
}

/**
 * Counts one event against several rules at once, but only when every rule still allows it: a
 * refused event counts nowhere (so a refusal by one rule does not use up another's quota).
 * Returns the refusals, empty when the event was counted. Concurrent callers that both pass the
 * check are caught by the counts the hits return.
 */
export async function consumeRateLimits(
  entries: readonly { rule: RateLimitRule; subject: string }[],
  now = new Date(),
): Promise<RateLimitResult[]> {
  const peeked = await Promise.all(entries.map((e) => peekRateLimit(e.rule, e.subject, now)));
  const full = peeked.filter((r) => !r.allowed);
  if (full.length > 0) return full;
  const hits = await Promise.all(entries.map((e) => consumeRateLimit(e.rule, e.subject, now)));
  return hits.filter((r) => !r.allowed);
}

/** Counts one event and throws `rate_limited` (429 with Retry-After) past the limit. */
export async function enforceRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  const result = await consumeRateLimit(rule, subject, now);
  if (!result.allowed) throw new AppError("rate_limited", { retryAfterSeconds: result.retryAfterSeconds });
}
