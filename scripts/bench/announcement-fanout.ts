/**
 * End-to-end notification fan-out benchmark (issue 7): a throwaway embedded PostgreSQL with the
 * real migrations and demo data, N students enrolled in one course with one device token each,
 * then the real path: an announcement (in-app + push) fanned out by `deliverAnnouncement` (inbox
 * rows, delivery log, one `notification.deliver` outbox row per student), and the outbox drained by
 * W workers with the real `notification.deliver` batch handler and push sender. Only FCM is
 * simulated: a transport that counts and waits a latency per `sendEach` call. Not a test.
 * Usage: npx tsx scripts/bench/announcement-fanout.ts [--students 100000] [--workers 1,4] [--batch 500] [--latency 150]
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { registerServerOnlyHook } from "../../lib/jobs/start-in-process.ts";
import type { PushTransport } from "../../lib/push/transport.ts";
import { seedDatabase } from "../../prisma/seed/index.ts";
import { runCli } from "../db/cli.ts";
import { ensureDatabase } from "../db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { applyMigrations } from "../db/schema-engine.ts";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "100000" },
    workers: { type: "string", default: "1,4" },
    batch: { type: "string", default: "500" },
    latency: { type: "string", default: "150" },
  },
});

function countingTransport(latencyMs: number) {
  const counts = { calls: 0, messages: 0 };
  const transport: PushTransport = {
    async sendEach(messages) {
      counts.calls += 1;
      counts.messages += messages.length;
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return messages.map(() => ({ ok: true as const }));
    },
  };
  return { transport, counts };
}

const seconds = (since: number) => (performance.now() - since) / 1000;

async function enrolStudents(client: pg.Client, students: number): Promise<{ centerId: string; courseId: string }> {
  const { rows } = await client.query<{ id: string; center_id: string }>("SELECT id, center_id FROM courses WHERE status = 'PUBLISHED' ORDER BY created_at LIMIT 1");
  const course = rows[0]!;
  await client.query("DELETE FROM enrollments WHERE course_id = $1", [course.id]);
  await client.query(
    `INSERT INTO users (id, phone, name, locale, age_confirmed_at, updated_at)
     SELECT gen_random_uuid(), '+9597' || lpad(i::text, 8, '0'), 'Bench ' || i, CASE WHEN i % 3 = 0 THEN 'EN' ELSE 'MY' END::"Locale", now(), now() FROM generate_series(1, $1) AS i`,
    [students],
  );
  await client.query(
    `INSERT INTO enrollments (id, center_id, course_id, user_id, source, updated_at)
     SELECT gen_random_uuid(), $1, $2, id, 'ADMIN_GRANT', now() FROM users WHERE name LIKE 'Bench %'`,
    [course.center_id, course.id],
  );
  await client.query(
    `INSERT INTO device_tokens (id, user_id, token, platform, updated_at)
     SELECT gen_random_uuid(), id, 'bench:' || md5(id::text), 'ANDROID', now() FROM users WHERE name LIKE 'Bench %'`,
  );
  await client.query("VACUUM ANALYZE users, enrollments, device_tokens");
  return { centerId: course.center_id, courseId: course.id };
}

runCli(async () => {
  const dataDir = path.join(os.tmpdir(), `mmso-bench-fanout-${randomUUID()}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  const url = server.urlFor("bench");
  const client = new pg.Client({ connectionString: url });
  try {
    await ensureDatabase(server.adminUrl, "bench");
    await applyMigrations(url);
    await seedDatabase(url, { demo: true });
    await client.connect();
    const students = Number(values.students);
    let started = performance.now();
    const course = await enrolStudents(client, students);
    console.log(`enrolled ${students} students with one device token each in ${seconds(started).toFixed(1)} s`);

    process.env.DATABASE_URL = url;
    process.env.APP_MODE = "demo";
    process.env.LOG_LEVEL = "warn";
    registerServerOnlyHook();
    const { deliverAnnouncement } = await import("../../lib/notifications/announcements/deliver-announcement.ts");
    const { drainOutbox } = await import("../../lib/outbox/drain.ts");
    const { createDeliverHandler } = await import("../../lib/notifications/delivery/deliver-notification.ts");
    const { CHANNEL_SENDERS } = await import("../../lib/notifications/delivery/channel-senders.ts");
    const { createPushBatchSender } = await import("../../lib/push/push-batch-sender.ts");

    const rows: string[] = [];
    for (const workers of values.workers.split(",").map(Number)) {
      await client.query("TRUNCATE outbox_messages, notification_deliveries, notifications");
      const { rows: created } = await client.query<{ id: string }>(
        `INSERT INTO course_announcements (id, center_id, course_id, title_en, title_my, body_en, body_my, channels, status, scheduled_for)
         VALUES (gen_random_uuid(), $1, $2, 'Class moved', 'အတန်း ရွှေ့ပါသည်', 'Tonight''s class starts at 7 pm.', 'ယနေ့ည အတန်းကို ၇ နာရီ စတင်ပါမည်။', '{IN_APP,PUSH}', 'SENDING', now()) RETURNING id`,
        [course.centerId, course.courseId],
      );
      started = performance.now();
      const recipients = await deliverAnnouncement(created[0]!.id, new Date());
      const fanOut = seconds(started);

      const { transport, counts } = countingTransport(Number(values.latency));
      const handlers = { "notification.deliver": createDeliverHandler({ ...CHANNEL_SENDERS, PUSH: createPushBatchSender({ transport }) }) };
      const batch = Number(values.batch);
      started = performance.now();
      await Promise.all(
        Array.from({ length: workers }, async () => {
          for (;;) if ((await drainOutbox({ handlers, limit: batch })).claimed === 0) return;
        }),
      );
      const delivery = seconds(started);
      const { rows: left } = await client.query<{ n: string }>("SELECT count(*) AS n FROM outbox_messages WHERE status <> 'DELIVERED'");
      const { rows: sent } = await client.query<{ n: string }>("SELECT count(*) AS n FROM notification_deliveries WHERE channel = 'PUSH' AND status = 'SENT'");
      rows.push(
        `workers ${workers}, batch ${batch}, FCM latency ${values.latency} ms: fan-out of ${recipients} recipients ${fanOut.toFixed(1)} s (${Math.round(Number(recipients) / fanOut).toLocaleString("en")}/s); ` +
          `push delivery ${delivery.toFixed(1)} s (${Math.round(Number(sent[0]!.n) / delivery).toLocaleString("en")} msg/s), ${counts.calls} sendEach calls, ${sent[0]!.n} SENT, ${left[0]!.n} rows left`,
      );
      console.log(rows.at(-1));
    }
    console.log(`\n${rows.join("\n")}`);
    return 0;
  } finally {
    await client.end().catch(() => {});
    await server.stop().catch(() => {});
  }
});
