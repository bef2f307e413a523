// Run by worker-crash.integration.test.ts with tsx: an outbox worker in a process of its own, whose
// one handler performs an "effect" at a fake consumer over HTTP, keyed on the idempotency key.
import { registerServerOnlyHook } from "../../jobs/start-in-process.ts";

registerServerOnlyHook();
const { startOutboxWorker } = await import("../worker.ts");
const consumer = process.env.CONSUMER_URL ?? "";

startOutboxWorker({
  handlers: {
    "test.effect": async (job) => {
      // Slow enough that a kill lands in the middle of a batch.
      await new Promise((resolve) => setTimeout(resolve, 15));
      const response = await fetch(consumer, { method: "POST", headers: { "idempotency-key": job.idempotencyKey } });
      if (!response.ok) throw new Error(`consumer ${response.status}`);
    },
  },
  batchSize: 50,
  concurrency: 8,
  idleMs: 100,
  leaseMs: Number(process.env.LEASE_MS ?? 120_000),
});
process.stdout.write("worker ready\n");
