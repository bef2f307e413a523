import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../lib/db.ts";

describe("npm run worker", () => {
  it("refuses to start without a database to join", () => {
    const result = spawnSync("npx", ["tsx", "scripts/worker.ts"], { env: { ...process.env, DATABASE_URL: "" }, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL is required");
  });

  it("delivers the outbox of the database it joins and stops cleanly on SIGTERM", async () => {
    const row = await db.outboxMessage.create({
      data: { kind: "zoom.delete_meeting", payload: { liveClassId: randomUUID(), meetingId: "81234567890" }, idempotencyKey: `worker-test:${randomUUID()}` },
    });
    // tsx itself (not npx) so that SIGTERM reaches the worker and its exit code comes back.
    const child = spawn("node_modules/.bin/tsx", ["scripts/worker.ts", "--no-jobs"], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while ((await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status !== "DELIVERED") {
      if (Date.now() > deadline) throw new Error(`not delivered; worker said: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(output).toContain("started: outbox");
    expect(output).toContain("stopped");
  }, 90_000);
});
