import { describe, expect, it } from "vitest";
import { createBatchedRateLimitStore, type BucketDelta } from "./batched-store";

/** A stand-in for the shared table (the integration test uses the real one): counts by key and window. */
function table() {
  const counts = new Map<string, number>();
  const state = { writes: 0, down: false };
  const write = async (deltas: BucketDelta[]) => {
    if (state.down) throw new Error("database down");
    state.writes += 1;
    return deltas.map((d) => {
      const id = `${d.windowStart.getTime()}:${d.key}`;
      counts.set(id, (counts.get(id) ?? 0) + d.delta);
      return counts.get(id) ?? 0;
    });
  };
  return { counts, state, write };
}

const now = new Date("2031-03-01T10:00:10Z");

describe("batched rate-limit store", () => {
  it("answers from memory and writes once a key's unflushed hits reach a tenth of its limit", async () => {
    const shared = table();
    const store = createBatchedRateLimitStore({ write: shared.write, flushIntervalMs: 60_000 });
    for (let i = 1; i <= 10; i++) expect((await store.hit("k", 60, now, 100)).count).toBe(i);
    expect(shared.state.writes).toBe(0);
    expect((await store.hit("k", 60, now, 100)).count).toBe(11); // waited for one write of the first 10
    expect(shared.state.writes).toBe(1);
    expect((await store.peek("k", 60, now)).count).toBe(11);
    await store.stop();
    expect([...shared.counts.values()]).toEqual([11]);
  });

  it("refuses once another instance's flushed hits fill the window", async () => {
    const shared = table();
    const a = createBatchedRateLimitStore({ write: shared.write, flushIntervalMs: 60_000 });
    const b = createBatchedRateLimitStore({ write: shared.write, flushIntervalMs: 60_000 });
    for (let i = 0; i < 10; i++) await a.hit("k", 60, now, 10);
    await a.flush();
    expect((await b.hit("k", 60, now, 10)).count).toBe(1); // b has not heard yet: the bounded overshoot
    expect((await b.hit("k", 60, now, 10)).count).toBe(12); // its flush brought back a's 10
    await Promise.all([a.stop(), b.stop()]);
  });

  it("keeps counting locally while the database is down, and writes every hit once it is back", async () => {
    const shared = table();
    const store = createBatchedRateLimitStore({ write: shared.write, flushIntervalMs: 60_000 });
    shared.state.down = true;
    const counts = [];
    for (let i = 0; i < 5; i++) counts.push((await store.hit("k", 60, now, 2)).count);
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(await store.flush()).toBe(false);
    shared.state.down = false;
    expect(await store.flush()).toBe(true);
    expect([...shared.counts.values()]).toEqual([5]);
    await store.stop();
  });

  it("stays bounded: an evicted key's unflushed hits still reach the table", async () => {
    const shared = table();
    const store = createBatchedRateLimitStore({ write: shared.write, flushIntervalMs: 60_000, maxKeys: 2 });
    await store.hit("a", 60, now, 100);
    await store.hit("b", 60, now, 100);
    await store.hit("c", 60, now, 100);
    expect((await store.peek("a", 60, now)).count).toBe(0);
    await store.stop();
    expect(shared.counts.size).toBe(3);
  });
});
