/**
 * Push fan-out benchmark: a throwaway embedded PostgreSQL with the real migrations, N people with
 * one device token each (bulk SQL), then lib/push's real sender (token lookup, FCM message
 * building, chunking into sendEach calls of ≤ 500, pruning) over all of them in worker-sized
 * batches. The transport only counts (100k development-outbox rows would measure the outbox, not
 * push) and waits a simulated FCM latency per sendEach call. Not a test: it prints figures.
 * Usage: npx tsx scripts/bench/push-fanout.ts [--people 100000] [--batch 100,500] [--workers 1,4]
 *        [--latency 150] [--dead-percent 0]
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { registerServerOnlyHook } from "../../lib/jobs/start-in-process.ts";
import type { ChannelMessage } from "../../lib/notifications/delivery/channel-sender.ts";
import type { PushTransport } from "../../lib/push/transport.ts";
import { runCli } from "../db/cli.ts";
import { ensureDatabase } from "../db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { applyMigrations } from "../db/schema-engine.ts";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "100000" },
    batch: { type: "string", default: "100,500" },
    workers: { type: "string", default: "1,4" },
    latency: { type: "string", default: "150" },
    "dead-percent": { type: "string", default: "0" },
  },
});
const list = (text: string) => text.split(",").map(Number);

/** Counts sendEach calls and messages; answers success (or "unregistered" for the dead share). */
function countingTransport(latencyMs: number, deadPercent: number) {
  const counts = { calls: 0, messages: 0, largestCall: 0 };
  const transport: PushTransport = {
    async sendEach(messages) {
      counts.calls += 1;
      counts.messages += messages.length;
      counts.largestCall = Math.max(counts.largestCall, messages.length);
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return messages.map((m) => (deadPercent > 0 && Number.parseInt(m.token.slice(-4), 16) % 100 < deadPercent ? { ok: false, failure: "unregistered" as const } : { ok: true as const }));
    },
  };
  return { transport, counts };
}

async function insertPeople(client: pg.Client, people: number) {
  await client.query(
    `INSERT INTO users (id, phone, name, locale, age_confirmed_at, updated_at)
     SELECT gen_random_uuid(), '+9597' || lpad(i::text, 8, '0'), 'Bench ' || i, 'MY', now(), now() FROM generate_series(1, $1) AS i`,
    [people],
  );
  await client.query(
    `INSERT INTO device_tokens (id, user_id, token, platform, updated_at)
     SELECT gen_random_uuid(), id, 'bench:' || md5(id::text), CASE WHEN random() < 0.8 THEN 'ANDROID' ELSE 'IOS' END::"DevicePlatform", now() FROM users`,
  );
  await client.query("VACUUM ANALYZE users, device_tokens");
  const { rows } = await client.query<{ id: string }>("SELECT id FROM users ORDER BY id");
  return rows.map((r) => r.id);
}

runCli(async () => {
  const dataDir = path.join(os.tmpdir(), `mmso-bench-push-${randomUUID()}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  const client = new pg.Client({ connectionString: server.urlFor("bench") });
  try {
    await ensureDatabase(server.adminUrl, "bench");
    await applyMigrations(server.urlFor("bench"));
    await client.connect();
    let started = performance.now();
    const userIds = await insertPeople(client, Number(values.people));
    console.log(`inserted ${userIds.length} people with one device token each in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The app's own modules, on this database, as the worker runs them (lib/jobs/start-in-process.ts).
    process.env.DATABASE_URL = server.urlFor("bench");
    process.env.APP_MODE = "demo";
    registerServerOnlyHook();
    const { createPushBatchSender } = await import("../../lib/push/push-batch-sender.ts");
    // One info line per batch from the sender: counted, not printed.
    const write = process.stderr.write.bind(process.stderr);
    let batchLines = 0;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
      typeof chunk === "string" && chunk.includes('"event":"push.batch"') ? (batchLines++, true) : write(chunk, ...rest)) as typeof process.stderr.write;

    const messages: ChannelMessage[] = userIds.map((userId, i) => ({
      userId,
      kind: "COURSE_ANNOUNCEMENT",
      title: "သင်တန်းကြေညာချက်",
      body: "ယနေ့ ည ၇ နာရီ သင်ခန်းစာ ရွှေ့ပါသည်",
      data: { notificationId: `n-${i}`, courseId: "bench-course" },
      idempotencyKey: `notification.deliver:bench-${i}:PUSH`,
    }));
    // Warm-up (Prisma's first connections, the JIT) outside the timings.
    await createPushBatchSender({ transport: countingTransport(0, 0).transport })(messages.slice(0, 500));
    const latency = Number(values.latency);
    const rows: string[] = [];
    for (const batch of list(values.batch)) {
      for (const workers of list(values.workers)) {
        const { transport, counts } = countingTransport(latency, Number(values["dead-percent"]));
        const send = createPushBatchSender({ transport });
        const batches = Array.from({ length: Math.ceil(messages.length / batch) }, (_, i) => messages.slice(i * batch, (i + 1) * batch));
        let next = 0;
        let sent = 0;
        started = performance.now();
        // `workers` outbox workers, each handing the sender one claimed batch at a time.
        await Promise.all(
          Array.from({ length: workers }, async () => {
            while (next < batches.length) {
              const results = await send(batches[next++]!);
              sent += results.filter((r) => !(r instanceof Error) && r.status === "SENT").length;
            }
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        rows.push(
          `batch ${String(batch).padStart(4)}  workers ${workers}  latency ${latency} ms: ${Math.round(messages.length / seconds).toLocaleString("en")} msg/s, ` +
            `${counts.calls} sendEach calls (largest ${counts.largestCall}), ${sent} SENT, ${seconds.toFixed(1)} s`,
        );
        console.log(rows.at(-1));
      }
    }
    console.log(`\n${messages.length} messages per run, one token each (${batchLines} batch log lines counted):\n${rows.join("\n")}`);
    return 0;
  } finally {
    await client.end().catch(() => {});
    await server.stop().catch(() => {});
  }
});
