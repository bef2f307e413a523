import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unique } from "@/lib/testing/factories";
import { createBatchedRateLimitStore } from "./batched-store";
import { writeBucketDeltas } from "./write-bucket-deltas";

// Two stores in one process stand for two app instances: each has only its own memory and the
// shared rate_limit_buckets table of the real PostgreSQL.
const store = () => createBatchedRateLimitStore({ write: writeBucketDeltas, flushIntervalMs: 50 });
const twoInstances = () => [store(), store()] as const;

describe("batched rate-limit store on the real table", () => {
  it("two instances share one limit; the overshoot stays within limit + (N − 1) × ⌈limit / 10⌉", async () => {
    const [a, b] = twoInstances();
    const key = unique("shared-limit");
    const limit = 100;
    const now = new Date("2031-03-01T10:00:10Z");
    // 400 concurrent requests, alternating between the instances, all in one window.
    const results = await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).hit(key, 60, now, limit)));
    const admitted = results.filter((r) => r.count <= limit).length;
    expect(admitted).toBeGreaterThanOrEqual(limit);
    expect(admitted).toBeLessThanOrEqual(limit + 1 * Math.ceil(limit / 10));
    await Promise.all([a.stop(), b.stop()]);
    // Every hit, refused ones included, reached the table exactly once.
    const row = await db.rateLimitBucket.findFirstOrThrow({ where: { key }, select: { count: true, windowStart: true, expiresAt: true } });
    expect(row).toEqual({ count: 400, windowStart: new Date("2031-03-01T10:00:00Z"), expiresAt: new Date("2031-03-01T10:01:00Z") });
  });

  it("an instance learns the other's counts from its flushes, and a new window starts from zero", async () => {
    const [a, b] = twoInstances();
    const key = unique("learned");
    const now = new Date("2031-03-01T11:00:00Z");
    for (let i = 0; i < 30; i++) await a.hit(key, 60, now, 30);
    await a.flush();
    // b has never seen the key: its first hits may pass (the bounded overshoot), then its flush
    // brings back a's 30 and it refuses.
    const first = await b.hit(key, 60, now, 30);
    expect(first.count).toBe(1);
    const afterFlush = await Promise.all(Array.from({ length: 5 }, () => b.hit(key, 60, now, 30)));
    expect(afterFlush.at(-1)?.count).toBeGreaterThan(30);
    expect((await b.hit(key, 60, new Date("2031-03-01T11:01:00Z"), 30)).count).toBe(1);
    await Promise.all([a.stop(), b.stop()]);
    const rows = await db.rateLimitBucket.findMany({ where: { key }, select: { count: true }, orderBy: { windowStart: "asc" } });
    expect(rows.map((r) => r.count)).toEqual([36, 1]);
  });

  it("flushes on its timer without any further hit", async () => {
    const a = store();
    const key = unique("timer");
    await a.hit(key, 60, new Date("2031-03-01T12:00:00Z"), 1_000);
    const deadline = Date.now() + 5_000;
    while ((await db.rateLimitBucket.count({ where: { key } })) === 0) {
      if (Date.now() > deadline) throw new Error("no flush within 5 s");
      await new Promise((r) => setTimeout(r, 20));
    }
    await a.stop();
  });
});
