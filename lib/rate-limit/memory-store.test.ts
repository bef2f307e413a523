import { describe, expect, it } from "vitest";
import { createMemoryRateLimitStore } from "./memory-store";

describe("in-memory rate-limit store", () => {
  it("counts per key and aligned window, and peek does not count", async () => {
    const store = createMemoryRateLimitStore();
    const now = new Date("2031-03-01T10:20:05Z");
    expect(await store.peek("a", 60, now)).toEqual({ count: 0, resetAt: new Date("2031-03-01T10:21:00Z") });
    expect((await store.hit("a", 60, now)).count).toBe(1);
    expect((await store.hit("a", 60, new Date("2031-03-01T10:20:59Z"))).count).toBe(2);
    expect((await store.peek("a", 60, now)).count).toBe(2);
    expect((await store.hit("b", 60, now)).count).toBe(1);
    // The next window starts from zero.
    expect((await store.hit("a", 60, new Date("2031-03-01T10:21:00Z"))).count).toBe(1);
    expect((await store.peek("a", 60, now)).count).toBe(0);
  });

  it("stays bounded: past maxKeys the least recently seen key is forgotten", async () => {
    const store = createMemoryRateLimitStore(2);
    const now = new Date("2031-03-01T10:00:00Z");
    await store.hit("old", 60, now);
    await store.hit("x", 60, now);
    await store.hit("y", 60, now);
    expect((await store.peek("old", 60, now)).count).toBe(0);
    expect((await store.peek("y", 60, now)).count).toBe(1);
  });
});
