import { describe, expect, it } from "vitest";
import { unique } from "@/lib/testing/factories";
import { consumeRateLimit } from "./rate-limit";

describe("rate limit", () => {
  it("allows up to the limit per window, then answers with the time left", async () => {
    const rule = { bucket: unique("bucket"), limit: 3, windowSeconds: 60 };
    const now = new Date("2026-11-24T10:00:10Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(rule, "ip:203.0.113.1", now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(50);
    expect((await consumeRateLimit(rule, "ip:203.0.113.2", now)).allowed).toBe(true);
    expect((await consumeRateLimit(rule, "ip:203.0.113.1", new Date("2026-11-24T10:01:00Z"))).allowed).toBe(true);
  });

  it("counts concurrent requests exactly (one shared counter for every instance)", async () => {
    const rule = { bucket: unique("race"), limit: 10, windowSeconds: 60 };
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit(rule, "user:1", now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});
