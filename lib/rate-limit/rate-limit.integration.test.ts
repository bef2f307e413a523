import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unique } from "@/lib/testing/factories";
import { postgresRateLimitStore } from "./postgres-store";
import { consumeRateLimit, consumeRateLimits, enforceRateLimit, flushBatchedRateLimits, peekRateLimit } from "./rate-limit";

describe("rate limits on the PostgreSQL store", () => {
  it("hit counts per key and window; peek reads without counting", async () => {
    const key = unique("store");
    const now = new Date("2031-03-01T10:20:00Z");
    expect(await postgresRateLimitStore.peek(key, 3600, now)).toEqual({ count: 0, resetAt: new Date("2031-03-01T11:00:00Z") });
    expect((await postgresRateLimitStore.hit(key, 3600, now)).count).toBe(1);
    expect((await postgresRateLimitStore.hit(key, 3600, new Date("2031-03-01T10:59:59Z"))).count).toBe(2);
    expect((await postgresRateLimitStore.peek(key, 3600, now)).count).toBe(2);
    expect((await postgresRateLimitStore.hit(key, 3600, new Date("2031-03-01T11:00:00Z"))).count).toBe(1);
    expect((await postgresRateLimitStore.hit(`${key}-other`, 3600, now)).count).toBe(1);
  });

  it("peek says whether one more is allowed; enforce throws rate_limited with Retry-After", async () => {
    const rule = { bucket: unique("rule"), limit: 2, windowSeconds: 60 };
    const now = new Date("2031-03-01T10:00:45Z");
    expect((await peekRateLimit(rule, "s", now)).allowed).toBe(true);
    await enforceRateLimit(rule, "s", now);
    await enforceRateLimit(rule, "s", now);
    expect(await peekRateLimit(rule, "s", now)).toEqual({ allowed: false, count: 2, retryAfterSeconds: 15 });
    await expect(enforceRateLimit(rule, "s", now)).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: 15 });
    expect((await consumeRateLimit(rule, "s", now)).count).toBe(4);
  });

  it("consumeRateLimits counts an event against every rule only when all allow it", async () => {
    const hour = { bucket: unique("hour"), limit: 3, windowSeconds: 3600 };
    const day = { bucket: unique("day"), limit: 5, windowSeconds: 86400 };
    const now = new Date("2031-03-01T10:00:00Z");
    const both = [{ rule: hour, subject: "c" }, { rule: day, subject: "c" }];
    for (let i = 0; i < 3; i++) expect(await consumeRateLimits(both, now)).toEqual([]);
    expect(await consumeRateLimits(both, now)).toEqual([{ allowed: false, count: 3, retryAfterSeconds: 3600 }]);
    expect((await peekRateLimit(day, "c", now)).count).toBe(3); // the refusal counted nowhere
  });

  it("a batched rule limits across calls and writes its counts to the shared table on flush", async () => {
    const rule = { bucket: unique("batched"), limit: 2, windowSeconds: 60, counted: "batched" } as const;
    const now = new Date("2031-03-01T10:00:45Z");
    await enforceRateLimit(rule, "ip:10.0.0.1", now);
    await enforceRateLimit(rule, "ip:10.0.0.1", now);
    await expect(enforceRateLimit(rule, "ip:10.0.0.1", now)).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: 15 });
    await enforceRateLimit(rule, "ip:10.0.0.2", now);
    await flushBatchedRateLimits();
    const rows = await db.rateLimitBucket.findMany({ where: { key: { startsWith: rule.bucket } }, select: { key: true, count: true }, orderBy: { key: "asc" } });
    expect(rows).toEqual([
      { key: `${rule.bucket}:ip:10.0.0.1`, count: 3 },
      { key: `${rule.bucket}:ip:10.0.0.2`, count: 1 },
    ]);
  });
});
