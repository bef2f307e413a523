import { describe, expect, it } from "vitest";
import { createPublicReadCache } from "./read-cache";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A loader whose answer the test changes, counting its calls. */
function source(initial: number, delayMs = 0) {
  const state = { price: initial, loads: 0, fail: false };
  const load = async () => {
    state.loads += 1;
    const price = state.price;
    if (delayMs) await sleep(delayMs);
    if (state.fail) throw new Error("database down");
    return price;
  };
  return { state, load };
}

describe("public read cache", () => {
  it("serves one load to concurrent readers and answers from memory within the TTL", async () => {
    const cache = createPublicReadCache(10_000);
    const { state, load } = source(15000, 20);
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.read("catalog:courses:x", load)));
    expect(results.every((price) => price === 15000)).toBe(true);
    expect(state.loads).toBe(1);
    expect(await cache.read("catalog:courses:x", load)).toBe(15000);
    expect(state.loads).toBe(1);
  });

  it("past the TTL answers at once and reloads in the background; past twice the TTL loads afresh", async () => {
    const cache = createPublicReadCache(100);
    const { state, load } = source(15000, 10);
    await cache.read("k", load);
    state.price = 20000;
    await sleep(120);
    // Stale but young enough: the old answer without waiting, one reload for many readers.
    const stale = await Promise.all([cache.read("k", load), cache.read("k", load), cache.read("k", load)]);
    expect(stale).toEqual([15000, 15000, 15000]);
    expect(state.loads).toBe(2);
    await sleep(20);
    expect(await cache.read("k", load)).toBe(20000);
    // After a quiet spell longer than twice the TTL the entry is gone: the reader waits for the truth.
    state.price = 25000;
    await sleep(230);
    expect(await cache.read("k", load)).toBe(25000);
  });

  it("keeps serving the entry when a background reload fails, until it expires", async () => {
    const cache = createPublicReadCache(100);
    const { state, load } = source(15000);
    await cache.read("k", load);
    state.fail = true;
    await sleep(120);
    expect(await cache.read("k", load)).toBe(15000);
    await sleep(10);
    expect(await cache.read("k", load)).toBe(15000);
    await sleep(100);
    await expect(cache.read("k", load)).rejects.toThrow("database down");
  });

  it("invalidates by prefix at once, and a load that began before the write does not store what it read", async () => {
    const cache = createPublicReadCache(60_000);
    const { state, load } = source(15000);
    expect(await cache.read("catalog:courses:a", load)).toBe(15000);
    state.price = 20000;
    expect(await cache.read("catalog:courses:a", load)).toBe(15000);
    cache.invalidate("catalog:");
    expect(await cache.read("catalog:courses:a", load)).toBe(20000);

    const slow = source(1, 30);
    const before = cache.read("catalog:courses:b", slow.load); // reads price 1, then the write happens
    slow.state.price = 2;
    cache.invalidate("catalog:");
    expect(await before).toBe(1);
    expect(await cache.read("catalog:courses:b", slow.load)).toBe(2);
  });

  it("is off with a TTL of 0", async () => {
    const off = createPublicReadCache(0);
    const { state, load } = source(1);
    expect(await off.read("k", load)).toBe(1);
    state.price = 2;
    expect(await off.read("k", load)).toBe(2);
  });
});

describe("public read cache without notifications", () => {
  it("serves an entry only within the TTL while other instances' invalidations cannot arrive", async () => {
    let notified = false;
    const cache = createPublicReadCache(100, { notified: () => notified });
    const { state, load } = source(15000, 10);
    await cache.read("k", load);
    state.price = 20000;
    await sleep(120);
    // Past the TTL and not notified: the reader waits for the truth instead of a stale answer.
    expect(await cache.read("k", load)).toBe(20000);
    notified = true;
    state.price = 25000;
    await sleep(120);
    expect(await cache.read("k", load)).toBe(20000); // notified again: stale-while-revalidate
  });
});
