import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const ROWS = 400;
let children: ChildProcess[] = [];
let server: Server | undefined;
afterEach(async () => {
  for (const child of children) child.kill("SIGKILL");
  children = [];
  server?.close();
});

/** A provider that deduplicates on the idempotency key: it counts receipts and applies each key once. */
async function fakeConsumer() {
  const receipts = new Map<string, number>();
  const effects = new Set<string>();
  server = createServer((req, res) => {
    const key = String(req.headers["idempotency-key"]);
    receipts.set(key, (receipts.get(key) ?? 0) + 1);
    effects.add(key);
    res.end("ok");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/effects`, receipts, effects };
}

function worker(consumerUrl: string, leaseMs: number): ChildProcess {
  const child = spawn("npx", ["tsx", "lib/outbox/test-fixtures/effect-worker.ts"], {
    env: { ...process.env, CONSUMER_URL: consumerUrl, LEASE_MS: String(leaseMs), LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.push(child);
  return child;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the outbox worker killed in the middle of a batch", () => {
  it("loses nothing and duplicates no effect at a consumer keyed on the idempotency key", async () => {
    await db.outboxMessage.createMany({ data: Array.from({ length: ROWS }, (_, i) => ({ kind: "test.effect", payload: { n: i }, idempotencyKey: `effect:${i}` })) });
    const consumer = await fakeConsumer();

    const first = worker(consumer.url, 1_500);
    await until(() => consumer.effects.size >= 60, 60_000);
    // SIGKILL to the whole process group: no shutdown hook runs, claimed rows stay PROCESSING.
    process.kill(-first.pid!, "SIGKILL");
    await once(first, "exit");
    const orphaned = await db.outboxMessage.count({ where: { kind: "test.effect", status: "PROCESSING" } });
    const doneBeforeKill = await db.outboxMessage.count({ where: { kind: "test.effect", status: "DELIVERED" } });
    expect(orphaned).toBeGreaterThan(0);
    expect(doneBeforeKill).toBeLessThan(ROWS);

    // A second worker takes the orphaned claims over once their lease has run out, and the rest.
    worker(consumer.url, 1_500);
    await until(async () => (await db.outboxMessage.count({ where: { kind: "test.effect", status: "DELIVERED" } })) === ROWS, 90_000);

    // Nothing lost: every row's effect reached the consumer.
    expect(consumer.effects.size).toBe(ROWS);
    expect([...consumer.effects].sort()).toEqual(Array.from({ length: ROWS }, (_, i) => `effect:${i}`).sort());
    // Nothing duplicated: a row whose effect landed just before the kill may be delivered again (at
    // least once), but always with its own key, so the consumer applies it once. Only rows claimed at
    // the kill can be redelivered.
    const repeated = [...consumer.receipts.values()].filter((count) => count > 1).length;
    expect(repeated).toBeLessThanOrEqual(orphaned);
    expect(await db.outboxMessage.count({ where: { kind: "test.effect", status: { in: ["DEAD", "FAILED"] } } })).toBe(0);
  }, 180_000);
});
