import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createCrossInstanceCache, type CrossInstanceCache } from "./cross-instance-cache";

// Two caches in one process stand for two app instances: each has its own memory and its own
// LISTEN connection to the test file's real PostgreSQL database.
const started: CrossInstanceCache[] = [];
/** A cache whose listener is connected: the listener starts on the first read and empties the cache when it connects. */
async function instance(): Promise<CrossInstanceCache> {
  const cache = createCrossInstanceCache({ ttlMs: 60_000, listenUrl: env().DATABASE_URL });
  started.push(cache);
  await cache.read("warm-up", async () => null);
  await eventually(() => cache.notified(), "listener connected");
  return cache;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((cache) => cache.stop()));
});

/** Polls until `check` holds, with a deadline instead of a fixed sleep. */
async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A value the test changes, as the database row behind a cached read. */
function source(value: string) {
  const state = { value };
  return { state, load: async () => state.value };
}

describe("public read cache across instances (LISTEN/NOTIFY)", () => {
  it("an invalidation through one instance drops the entry on the other", async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const row = source("price 15000");
    expect(await a.read("catalog:course:1", row.load)).toBe("price 15000");
    expect(await b.read("catalog:course:1", row.load)).toBe("price 15000");
    row.state.value = "price 20000";
    // Within the TTL both still answer from memory.
    expect(await b.read("catalog:course:1", row.load)).toBe("price 15000");
    await a.invalidate("catalog:");
    expect(await a.read("catalog:course:1", row.load)).toBe("price 20000");
    await eventually(async () => (await b.read("catalog:course:1", row.load)) === "price 20000", "b drops its entry");
  });

  it("a notification queued in a transaction reaches the other instance on commit, never on rollback", async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const row = source("v1");
    await b.read("catalog:x", row.load);
    row.state.value = "v2";
    await expect(
      db.$transaction(async (tx) => {
        await a.invalidate("catalog:", tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // A committed notification sent after the rolled-back one arrives after it (NOTIFY keeps commit order),
    // so once b sees the marker, it has also had every chance to see the rolled-back one.
    await b.read("marker:", async () => "m1");
    await a.invalidate("marker:");
    await eventually(async () => (await b.read("marker:", async () => "m2")) === "m2", "marker delivered");
    expect(await b.read("catalog:x", row.load)).toBe("v1");
    await db.$transaction(async (tx) => a.invalidate("catalog:", tx));
    await eventually(async () => (await b.read("catalog:x", row.load)) === "v2", "b drops after commit");
  });

  it("reconnects after its connection is terminated, and invalidations resume", async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const row = source("before");
    await b.read("catalog:y", row.load);
    const pid = b.backendPid();
    await db.$executeRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await eventually(() => !b.notified() || b.backendPid() !== pid, "b notices the lost connection");
    await eventually(() => b.notified() && b.backendPid() !== pid, "b reconnected");
    // The reconnect dropped everything (notifications in between were lost): load, then invalidate.
    await b.read("catalog:y", row.load);
    row.state.value = "after";
    expect(await b.read("catalog:y", row.load)).toBe("before");
    await a.invalidate("catalog:");
    await eventually(async () => (await b.read("catalog:y", row.load)) === "after", "b drops after the reconnect");
  });
});
