import { describe, expect, it } from "vitest";
import { createPublicReadCache } from "./public-read-cache";

describe("public read cache", () => {
  it("serves one load to concurrent readers and until the TTL passes", async () => {
    const cache = createPublicReadCache(200);
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((r) => setTimeout(r, 20));
      return { price: 15000 };
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.read("catalog:courses:x", load)));
    expect(results.every((r) => r.price === 15000)).toBe(true);
    expect(loads).toBe(1);
    await cache.read("catalog:courses:x", load);
    expect(loads).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    await cache.read("catalog:courses:x", load);
    expect(loads).toBe(2);
  });

  it("invalidates by prefix at once, and is off with a TTL of 0", async () => {
    const cache = createPublicReadCache(60_000);
    let price = 15000;
    const load = async () => price;
    expect(await cache.read("catalog:courses:a", load)).toBe(15000);
    price = 20000;
    expect(await cache.read("catalog:courses:a", load)).toBe(15000);
    cache.invalidate("catalog:");
    expect(await cache.read("catalog:courses:a", load)).toBe(20000);

    const off = createPublicReadCache(0);
    expect(await off.read("k", load)).toBe(20000);
    price = 1;
    expect(await off.read("k", load)).toBe(1);
  });
});
