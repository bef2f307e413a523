import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { MAX_ATTEMPTS } from "./backoff";
import { drainOutbox } from "./drain";
import { PermanentFailure, RetryLater, type OutboxJob } from "./types";

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

async function rows(kind: string, count: number) {
  await db.outboxMessage.createMany({ data: Array.from({ length: count }, (_, i) => ({ kind, payload: { n: i }, idempotencyKey: `${kind}:${i}:${randomUUID()}` })) });
}
const row = async (kind: string) => db.outboxMessage.findFirstOrThrow({ where: { kind } });

describe("drainOutbox", () => {
  it("delivers a row once and marks it DELIVERED", async () => {
    await rows("t.ok", 1);
    const seen: OutboxJob[] = [];
    expect(await drainOutbox({ handlers: { "t.ok": async (job) => void seen.push(job) } })).toEqual({ claimed: 1, delivered: 1, retried: 0, dead: 0, lost: 0 });
    expect(seen).toEqual([expect.objectContaining({ kind: "t.ok", payload: { n: 0 }, attempts: 1 })]);
    expect(await row("t.ok")).toMatchObject({ status: "DELIVERED", attempts: 1, lockedAt: null, deliveredAt: expect.any(Date), payload: {} });
    expect((await drainOutbox({ handlers: { "t.ok": async (job) => void seen.push(job) } })).claimed).toBe(0);
  });

  it("logs each row's lines with its outbox id and kind, the handler's own lines included (ADR 0046)", async () => {
    await rows("t.logged", 2);
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const handler = async () => {
        log.warn("test.handler");
        throw new Error("ECONNRESET");
      };
      await drainOutbox({ handlers: { "t.logged": handler } });
    } finally {
      spy.mockRestore();
    }
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const ids = (await db.outboxMessage.findMany({ where: { kind: "t.logged" } })).map((r) => r.id).sort();
    for (const event of ["test.handler", "outbox.retry"]) {
      const mine = parsed.filter((line) => line.event === event);
      expect(mine.map((line) => line.outboxId).sort()).toEqual(ids);
      expect(mine.every((line) => line.outboxKind === "t.logged")).toBe(true);
    }
  });

  it("retries a passing failure after a backoff, at the provider's retry-after when given", async () => {
    await rows("t.flaky", 1);
    await rows("t.slow-down", 1);
    const now = new Date();
    const handlers = { "t.flaky": async () => Promise.reject(new Error("ECONNRESET")), "t.slow-down": async () => Promise.reject(new RetryLater("rate_limited", 42_000)) };
    expect(await drainOutbox({ handlers, now })).toMatchObject({ claimed: 2, retried: 2 });
    const flaky = await row("t.flaky");
    expect(flaky).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Error", lockedAt: null });
    // 30 s ± 20 % for the first retry.
    expect(flaky.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(24_000);
    expect((await row("t.slow-down")).nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(42_000);
    expect((await row("t.slow-down")).lastError).toBe("rate_limited");
    // Not due yet: nothing is claimed; once due, it is tried again.
    expect((await drainOutbox({ handlers, now })).claimed).toBe(0);
    expect(await drainOutbox({ handlers: { "t.flaky": async () => undefined, "t.slow-down": async () => undefined }, now: new Date(now.getTime() + 3_600_000) })).toMatchObject({ claimed: 2, delivered: 2 });
    expect(await row("t.flaky")).toMatchObject({ status: "DELIVERED", attempts: 2 });
  });

  it("parks a permanent failure at once and a row that keeps failing after the last try", async () => {
    await rows("t.rejected", 1);
    await db.outboxMessage.create({ data: { kind: "t.last-try", payload: {}, idempotencyKey: randomUUID(), attempts: MAX_ATTEMPTS - 1 } });
    const handlers = { "t.rejected": async () => Promise.reject(new PermanentFailure("invalid_recipient")), "t.last-try": async () => Promise.reject(new RetryLater("unavailable")) };
    expect(await drainOutbox({ handlers })).toMatchObject({ claimed: 2, dead: 2 });
    expect(await row("t.rejected")).toMatchObject({ status: "FAILED", lastError: "invalid_recipient", attempts: 1 });
    expect(await row("t.last-try")).toMatchObject({ status: "DEAD", lastError: "unavailable", attempts: MAX_ATTEMPTS });
  });

  it("leaves a kind without a handler for a worker that has one", async () => {
    await rows("t.newer-release", 1);
    expect(await drainOutbox({ handlers: {} })).toMatchObject({ claimed: 1, retried: 1 });
    expect(await row("t.newer-release")).toMatchObject({ status: "PENDING", lastError: "no_handler" });
  });

  it("hands a batch handler all its rows at once and settles each by its own outcome", async () => {
    await rows("t.batch", 5);
    const calls: number[] = [];
    const handlers = {
      "t.batch": {
        batch: async (jobs: readonly OutboxJob[]) => {
          calls.push(jobs.length);
          return jobs.map((job) => ((job.payload as { n: number }).n === 3 ? new PermanentFailure("bad_token") : undefined));
        },
      },
    };
    expect(await drainOutbox({ handlers })).toEqual({ claimed: 5, delivered: 4, retried: 0, dead: 1, lost: 0 });
    expect(calls).toEqual([5]);
    expect(await db.outboxMessage.count({ where: { kind: "t.batch", status: "FAILED" } })).toBe(1);
  });

  it("gives up on a handler that hangs and retries the row later", async () => {
    await rows("t.hangs", 1);
    const counts = await drainOutbox({ handlers: { "t.hangs": () => new Promise<void>(() => undefined) }, leaseMs: 400 });
    expect(counts).toMatchObject({ claimed: 1, retried: 1 });
    expect(await row("t.hangs")).toMatchObject({ status: "PENDING", lastError: "timeout" });
  });

  it("lets several workers drain together without ever taking the same row", async () => {
    await rows("t.shared", 300);
    const seen: string[] = [];
    const handlers = { "t.shared": async (job: OutboxJob) => void seen.push(job.id) };
    const rounds = await Promise.all(Array.from({ length: 4 }, () => drainOutbox({ handlers, limit: 100 })));
    const again = await drainOutbox({ handlers, limit: 300 });
    expect(rounds.reduce((sum, r) => sum + r.claimed, 0) + again.claimed).toBe(300);
    expect(new Set(seen).size).toBe(300);
    expect(seen).toHaveLength(300);
    expect(await db.outboxMessage.count({ where: { kind: "t.shared", status: "DELIVERED" } })).toBe(300);
  });

  it("takes over the rows of a worker that died holding them, and the late worker cannot overwrite the result", async () => {
    await rows("t.orphan", 1);
    const claimedAt = new Date(Date.now() - 10 * 60_000);
    // A worker claimed it ten minutes ago and vanished.
    await db.outboxMessage.updateMany({ where: { kind: "t.orphan" }, data: { status: "PROCESSING", lockedAt: claimedAt, attempts: 1 } });
    expect((await drainOutbox({ handlers: { "t.orphan": async () => undefined }, leaseMs: 60_000 })).delivered).toBe(1);
    expect(await row("t.orphan")).toMatchObject({ status: "DELIVERED", attempts: 2 });
    const { settleJob } = await import("./settle");
    const late = await row("t.orphan");
    expect(await settleJob({ id: late.id, kind: late.kind, payload: {}, idempotencyKey: late.idempotencyKey, attempts: 1, lockedAt: claimedAt }, new Error("late"), new Date())).toBe("lost");
    expect(await row("t.orphan")).toMatchObject({ status: "DELIVERED" });
  });
});
