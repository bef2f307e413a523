import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { createShop } from "@/lib/testing/commerce-factories";
import { JOBS } from "./registry";
import { startJobs, type Jobs } from "./start-jobs";
import type { JobDefinition } from "./types";

let running: Jobs | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function staleOrder() {
  const shop = await createShop();
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
  await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  return order;
}

async function settled(jobs: Jobs, queue: string, id: string | null) {
  expect(id).toEqual(expect.any(String));
  for (let tries = 0; tries < 100; tries++) {
    const job = await jobs.boss.getJobById(queue, id!);
    if (job?.state === "completed" || job?.state === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${queue} did not finish`);
}

describe("jobs on pg-boss", () => {
  it("registers every job's queue and UTC schedule, runs a job sent to its queue, and stops", async () => {
    const started = Date.now();
    const order = await staleOrder();
    running = await startJobs({ cron: false, pollingIntervalSeconds: 0.5 });
    const schedules = await running.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual(JOBS.map((job) => [job.name, job.cron]).sort());
    expect(await running.boss.getQueue("commerce.reconcile")).toMatchObject({ policy: "stately", retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 540 });

    const job = await settled(running, "commerce.expire-orders", await running.boss.send("commerce.expire-orders", {}));
    expect(job).toMatchObject({ state: "completed", output: { expired: 1 } });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("EXPIRED");
    await running.stop();
    running = undefined;
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("retries a failed run as its registry entry says, storing no error message", async () => {
    let calls = 0;
    const flaky: JobDefinition = {
      name: "test.flaky",
      cron: "0 0 1 1 *",
      handler: async () => {
        calls += 1;
        if (calls === 1) throw new Error("secret +959123456789");
        return { calls };
      },
      retry: { limit: 1, delaySeconds: 0, backoff: false },
      expireInSeconds: 60,
    };
    const broken: JobDefinition = { ...flaky, name: "test.broken", handler: () => Promise.reject(new Error("secret +959123456789")), retry: { limit: 0, delaySeconds: 0, backoff: false } };
    running = await startJobs({ jobs: [flaky, broken], cron: false, pollingIntervalSeconds: 0.5 });
    // The registry's own schedules are gone: only the given jobs are scheduled.
    expect((await running.boss.getSchedules()).map((s) => s.name).sort()).toEqual(["test.broken", "test.flaky"]);
    const job = await settled(running, "test.flaky", await running.boss.send("test.flaky", {}));
    expect(job).toMatchObject({ state: "completed", retryCount: 1, output: { calls: 2 } });
    const failed = await settled(running, "test.broken", await running.boss.send("test.broken", {}));
    expect(failed.state).toBe("failed");
    expect(JSON.stringify(failed.output)).toContain("test.broken failed: Error");
    expect(JSON.stringify(failed.output)).not.toContain("+959");
  });

  it("runs under `npm start`'s loader: tsx outside Next, the server modules as they are", () => {
    const result = spawnSync("npx", ["tsx", "lib/jobs/test-fixtures/run-in-process.ts"], { env: process.env, encoding: "utf8", timeout: 30_000 });
    expect(result.stderr).not.toContain("This module cannot be imported from a Client Component");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim().split("\n").at(-1)!)).toEqual({ state: "completed", output: { expired: 0 } });
  });
  it("lets two instances start at the same moment: queues are registered one instance at a time", async () => {
    const quiet = (name: string): JobDefinition => ({ name, cron: "0 0 1 1 *", handler: async () => ({}), retry: { limit: 0, delaySeconds: 0, backoff: false }, expireInSeconds: 60 });
    const jobs = ["test.together-a", "test.together-b", "test.together-c", "test.together-d"].map(quiet);
    // Without the setup lock two workers creating the same queues at once deadlocked (40P01).
    const [first, second] = await Promise.all([startJobs({ jobs, cron: false }), startJobs({ jobs, cron: false })]);
    try {
      for (const job of jobs) expect(await first.boss.getQueue(job.name)).toMatchObject({ name: job.name, policy: "stately" });
      expect((await second.boss.getSchedules()).map((s) => s.name).sort()).toEqual(jobs.map((j) => j.name).sort());
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
