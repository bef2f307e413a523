import "server-only";
import type { RateLimitRule } from "@/lib/http/endpoint";
import { AppError } from "@/lib/http/errors";
import { createMemoryRateLimitStore } from "./memory-store";
import { postgresRateLimitStore } from "./postgres-store";
import type { RateLimitStore, WindowCount } from "./store";

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

const memoryStore = createMemoryRateLimitStore();

/**
 * The store of a rule: the shared one (PostgreSQL, exact across instances; swap it here, e.g. for
 * Redis, and nowhere else), or this process's memory for rules counted per instance (ADR 0039).
 */
export function rateLimitStore(rule?: RateLimitRule): RateLimitStore {
  return rule?.counted === "instance" ? memoryStore : postgresRateLimitStore;
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
  const window = await rateLimitStore(rule).hit(keyOf(rule, subject), rule.windowSeconds, now);
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
