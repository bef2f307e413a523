import { describe, expect, it } from "vitest";
import { mapConcurrent } from "./map-concurrent";

describe("mapConcurrent", () => {
  it("keeps at most `limit` calls in flight and the results in order", async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 13 }, (_, i) => i);
    const results = await mapConcurrent(items, 4, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5 + (n % 3) * 3));
      inFlight -= 1;
      return n * 2;
    });
    expect(results).toEqual(items.map((n) => n * 2));
    expect(most).toBe(4);
  });
  it("handles no items and a limit above the count", async () => {
    expect(await mapConcurrent([], 4, async (n: number) => n)).toEqual([]);
    expect(await mapConcurrent([1, 2], 10, async (n) => n + 1)).toEqual([2, 3]);
  });
  it("fails when a call fails", async () => {
    await expect(mapConcurrent([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error("x")) : n))).rejects.toThrow("x");
  });
});
