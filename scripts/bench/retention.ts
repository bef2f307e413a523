/**
 * Retention benchmark (ADR 0036): a throwaway embedded PostgreSQL with the real migrations, N usage
 * events past their period plus recent ones for a set of people, then the real retention rule for
 * usage events (lib/retention, batches and pauses as configured) while an API-like indexed read
 * (one person's recent events, as an analytics screen would ask) runs in a loop on its own
 * connection. Prints deleted rows/s and read latency (p50/p95/p99) before vs during the pruning.
 * `--single` also times one unbatched DELETE of the same rows, for comparison. Not a test.
 * Usage: npx tsx scripts/bench/retention.ts [--old 1000000] [--recent 200000] [--people 2000]
 *        [--batch 2000] [--pause 100] [--baseline-seconds 10] [--single]
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { registerServerOnlyHook } from "../../lib/jobs/start-in-process.ts";
import { runCli } from "../db/cli.ts";
import { ensureDatabase } from "../db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { applyMigrations } from "../db/schema-engine.ts";

const { values } = parseArgs({
  options: {
    old: { type: "string", default: "1000000" },
    recent: { type: "string", default: "200000" },
    people: { type: "string", default: "2000" },
    batch: { type: "string", default: "2000" },
    pause: { type: "string", default: "100" },
    "baseline-seconds": { type: "string", default: "10" },
    single: { type: "boolean", default: false },
  },
});

async function seedPeople(client: pg.Client, people: number): Promise<string[]> {
  await client.query(
    `INSERT INTO users (id, phone, name, locale, age_confirmed_at, updated_at)
     SELECT gen_random_uuid(), '+9597' || lpad(i::text, 8, '0'), 'Bench ' || i, 'MY', now(), now() FROM generate_series(1, $1) AS i`,
    [people],
  );
  const { rows } = await client.query<{ id: string }>("SELECT id FROM users ORDER BY id");
  return rows.map((r) => r.id);
}

/** `count` events of these people, between `minDays` and `minDays + spanDays` days old. */
async function insertEvents(client: pg.Client, ids: string[], count: number, minDays: number, spanDays: number) {
  await client.query(
    `INSERT INTO usage_events (id, user_id, name, screen, at, received_at, platform, country)
     SELECT gen_random_uuid(), ($1::uuid[])[1 + (i % $2)], 'screen_view', 'course', t, t, 'ANDROID', 'MM'
     FROM generate_series(1, $3) AS i, LATERAL (SELECT now() - make_interval(secs => ($4 + random() * $5) * 86400)) AS x(t)`,
    [ids, ids.length, count, minDays, spanDays],
  );
  await client.query("VACUUM ANALYZE usage_events");
}

/** Runs the API-like read in a loop until `until` resolves (or for `seconds`); returns each query's ms. */
async function readLoop(client: pg.Client, userIds: string[], stop: { done: boolean }): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; !stop.done; i++) {
    const started = performance.now();
    await client.query("SELECT id, name, screen, at FROM usage_events WHERE user_id = $1 AND at > now() - interval '30 days' ORDER BY at DESC LIMIT 20", [userIds[(i * 7919) % userIds.length]]);
    times.push(performance.now() - started);
  }
  return times;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  return `${sorted.length} reads, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

async function measureWhile(reader: pg.Client, userIds: string[], work: () => Promise<unknown>) {
  const stop = { done: false };
  const reads = readLoop(reader, userIds, stop);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  stop.done = true;
  return { seconds, times: await reads };
}

runCli(async () => {
  const dataDir = path.join(os.tmpdir(), `mmso-bench-retention-${randomUUID()}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  const admin = new pg.Client({ connectionString: server.urlFor("bench") });
  const reader = new pg.Client({ connectionString: server.urlFor("bench") });
  try {
    await ensureDatabase(server.adminUrl, "bench");
    await applyMigrations(server.urlFor("bench"));
    await admin.connect();
    await reader.connect();
    const old = Number(values.old);
    const started = performance.now();
    const userIds = await seedPeople(admin, Number(values.people));
    // Old events 400–800 days ago (past the 395-day default), recent ones within the last 30 days.
    await insertEvents(admin, userIds, old, 400, 400);
    await insertEvents(admin, userIds, Number(values.recent), 0, 30);
    console.log(`seeded ${old.toLocaleString("en")} old and ${Number(values.recent).toLocaleString("en")} recent usage events in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    process.env.DATABASE_URL = server.urlFor("bench");
    process.env.APP_MODE = "demo";
    registerServerOnlyHook();
    const { runRetention } = await import("../../lib/retention/retention-job.ts");
    const { RETENTION_RULES } = await import("../../lib/retention/rules.ts");
    const rules = RETENTION_RULES.filter((rule) => rule.name === "usage_events");

    const before = await measureWhile(reader, userIds, () => new Promise((resolve) => setTimeout(resolve, Number(values["baseline-seconds"]) * 1000)));
    console.log(`before:  ${summary(before.times)}`);
    const batchSize = Number(values.batch);
    const pauseMs = Number(values.pause);
    let deleted = 0;
    const during = await measureWhile(reader, userIds, async () => {
      deleted = (await runRetention(new Date(), { rules, batchSize, pauseMs })).usage_events ?? 0;
    });
    console.log(`during:  ${summary(during.times)}`);
    console.log(`pruned ${deleted.toLocaleString("en")} rows in ${during.seconds.toFixed(1)} s (batch ${batchSize}, pause ${pauseMs} ms): ${Math.round(deleted / during.seconds).toLocaleString("en")} rows/s`);
    const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM usage_events");
    console.log(`left: ${rows[0]!.n.toLocaleString("en")} recent events (expected ${Number(values.recent).toLocaleString("en")})`);

    if (values.single) {
      await insertEvents(admin, userIds, old, 400, 400);
      const single = await measureWhile(reader, userIds, () => admin.query("DELETE FROM usage_events WHERE at < now() - interval '395 days'"));
      console.log(`one unbatched DELETE: ${single.seconds.toFixed(1)} s; reads meanwhile: ${summary(single.times)}`);
    }
    return 0;
  } finally {
    await reader.end().catch(() => {});
    await admin.end().catch(() => {});
    await server.stop().catch(() => {});
  }
});
