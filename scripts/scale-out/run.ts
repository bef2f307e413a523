/**
 * `npm run test:scale-out`: MMSO as it runs when one machine is not enough, on this machine, loopback
 * only (ADR 0047, docs/deploy.md). One PostgreSQL migrated by the release step (`npm run db:deploy`),
 * 3 app instances (the standalone production server) and 2 workers in production mode with test
 * secrets, nginx from Debian round-robin in front; KBZPay's gateway, an SMTP server and an
 * S3-compatible store played on loopback (production mode has no sandboxes and no development
 * outbox). Through the balancer: sign in on one instance and refresh on another; an order, its
 * KBZPay callback on a second instance and the replay on a third; a cached page fresh on every
 * instance right after a write through one; a photo uploaded through one instance served from the
 * shared bucket by all three; a coupon race across instances; then load while one instance leaves
 * rotation, stops gracefully and comes back, and another instance and a worker are killed (SIGKILL). A retention run
 * is scheduled every minute on both workers the whole time. Prints what it measured; exits non-zero
 * when an invariant fails. Bounded: 15 minutes.
 * Usage: tsx scripts/scale-out/run.ts [--seconds 45] [--vus 24] [--port 3610]
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import sharp from "sharp";
import { startS3Server, S3_TEST_CREDENTIALS } from "../../lib/testing/s3-server.ts";
import { seedDatabase } from "../../prisma/seed/index.ts";
import { argValue, runBounded, sleep } from "../fault/lib/bounded.ts";
import { paidCourses } from "../fault/lib/courses.ts";
import { connect, startFaultPostgres } from "../fault/lib/database.ts";
import type { Check } from "../fault/lib/invariants.ts";
import { createStudents } from "../fault/lib/students.ts";
import { buildIfStale } from "../lib/build-if-stale.ts";
import { startFakeKbzpay } from "./fake-kbzpay.ts";
import { runLoad, summarize, type Acked } from "./load.ts";
import { startNginx } from "./nginx.ts";
import { startAppInstance, startWorker, type Proc } from "./processes.ts";
import { couponRace, crossInstanceCache, loginAndRefresh, orderAndWebhook, refreshReuse, sharedFiles, type Ctx } from "./scenarios.ts";
import { startSmtpSink } from "./smtp-sink.ts";
import { productionTestEnv } from "./test-env.ts";
import { call } from "./client.ts";

const SECONDS = Number(argValue("seconds", "45"));
const VUS = Number(argValue("vus", "24"));
// The balancer, the 3 instances and PostgreSQL on 5 ports from --port (3610).
const LB_PORT = Number(argValue("port", "3610"));
const APP_PORTS = [LB_PORT + 1, LB_PORT + 2, LB_PORT + 3];
const PRUNABLE_EVENTS = 3_000;

runBounded("test:scale-out", 900, async () => {
  const t0 = performance.now();
  const figures: [string, string][] = [];
  const checks: Check[] = [];
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const say = (text: string) => process.stdout.write(`[scale-out ${elapsed()}] ${text}\n`);

  const build = await buildIfStale(process.cwd(), process.env);
  say(`production build ${build === "built" ? "built" : "up to date"}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "mmso-scale-out-"));
  const pg = await startFaultPostgres("scale-out", LB_PORT + 4);
  const kbz = await startFakeKbzpay({ appId: "scale-kbz-app", merchCode: "700123", appKey: "scale-out-kbzpay-app-key-0123456789" });
  const smtp = await startSmtpSink();
  const s3 = await startS3Server("mmso-scale-out");
  const env = productionTestEnv({
    databaseUrl: pg.url,
    appUrl: `http://127.0.0.1:${LB_PORT}`,
    kbzGateway: kbz.url,
    smtpUrl: smtp.url,
    s3: { endpoint: s3.endpoint, bucket: s3.bucket, ...S3_TEST_CREDENTIALS },
  });
  Object.assign(process.env, env); // the students' tokens are signed with the instances' AUTH_SECRET

  // The release step, once: prisma migrate deploy + base data. Never by the instances.
  const deployStarted = performance.now();
  const deployed = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db/deploy.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", () => undefined);
    child.stderr.on("data", () => undefined);
    child.on("exit", (code) => resolve(code ?? 1));
  });
  if (deployed !== 0) throw new Error("npm run db:deploy failed");
  figures.push(["release step (prisma migrate deploy + base data)", `${((performance.now() - deployStarted) / 1000).toFixed(1)} s`]);
  // Test fixtures: the demo catalog's centers and courses (data only; the instances run in production mode).
  await seedDatabase(pg.url, { demo: true });
  const db = await connect(pg.url);
  await db.query(
    `INSERT INTO usage_events (id, name, at, received_at) SELECT gen_random_uuid(), 'screen_view', now() - interval '500 days', now() - interval '500 days' FROM generate_series(1, $1)`,
    [PRUNABLE_EVENTS],
  );
  say("database migrated by the release step, fixtures in");

  const apps: Proc[] = [];
  const started = await Promise.all(APP_PORTS.map((port, i) => startAppInstance(`app-${i + 1}`, port, dir, env)));
  apps.push(...started);
  figures.push(["app instance start → ready (standalone server)", started.map((a) => `${a.name} ${(a.readyMs / 1000).toFixed(1)} s`).join(", ")]);
  const workerArgs = ["--lease-seconds", "20"];
  const workers = await Promise.all([startWorker("worker-1", dir, env, workerArgs), startWorker("worker-2", dir, env, workerArgs)]);
  const lb = await startNginx(dir, LB_PORT, APP_PORTS);
  say(`3 app instances, 2 workers and nginx up (logs in ${dir})`);

  const ctx: Ctx = { lb: lb.url, db, apps, smtp, kbz, figures, checks };
  const courses = await paidCourses(lb.url);
  const buyer = await loginAndRefresh(ctx);
  say("login and refresh across instances done");
  await orderAndWebhook(ctx, buyer, (courses[0] as { id: string }).id);
  await crossInstanceCache(ctx, buyer, (courses[0] as { id: string }).id);
  say("cache invalidation across instances done");
  await sharedFiles(ctx, buyer, s3.objectKeys, new Uint8Array(await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2a6" } }).jpeg().toBuffer()));
  say("photo in the shared bucket, served by every instance");
  await refreshReuse(ctx, buyer);
  say("order and webhook across instances done; refresh-token reuse refused everywhere");
  const racers = await createStudents(db, 60, "Scale race student");
  await couponRace(ctx, racers, (courses[1] as { id: string }).id, 10);
  say("coupon race done");

  // Load, with a graceful stop + restart of app-2 and a crash of app-3 and worker-2 in the middle.
  const loaders = (await createStudents(db, VUS, "Scale load student")) as (Awaited<ReturnType<typeof createStudents>>[number] & { userId: string })[];
  const toPay: Acked[] = [];
  const paid: Acked[] = [];
  let paying = true;
  const payer = (async () => {
    while (paying || toPay.length > 0) {
      const next = toPay.shift();
      if (!next) {
        await sleep(100);
        continue;
      }
      const { rows } = await db.query<{ reference: string }>("SELECT reference FROM orders WHERE id = $1", [next.orderId]);
      const callback = kbz.pay(rows[0]?.reference ?? "");
      if (!callback) continue;
      for (let attempt = 0; attempt < 6; attempt++) {
        const a = await call(`${lb.url}/api/webhooks/kbzpay`, { raw: callback.body, headers: callback.headers, method: "POST" });
        if (a.status === 200) {
          paid.push(next);
          break;
        }
        await sleep(300 * (attempt + 1)); // KBZPay retries an unacknowledged callback
      }
    }
  })();
  let restartMs = 0;
  let gracefulExitMs = 0;
  const app2 = apps[1] as Proc;
  const result = await runLoad(
    lb.url,
    loaders,
    courses,
    SECONDS,
    [
      {
        at: 8,
        run: async () => {
          say("app-2 out of nginx's rotation, then SIGTERM (graceful) under load");
          await lb.reload(APP_PORTS.map((port) => ({ port, down: port === APP_PORTS[1] })));
          const stopAt = performance.now();
          app2.signal("SIGTERM");
          const exited = await app2.gone(40_000);
          gracefulExitMs = performance.now() - stopAt;
          checks.push({ label: "app-2 drained and exited on SIGTERM", ok: exited, figure: `${(gracefulExitMs / 1000).toFixed(1)} s` });
          const again = await startAppInstance("app-2", APP_PORTS[1] as number, dir, env);
          restartMs = again.readyMs;
          apps[1] = again;
          await lb.reload(APP_PORTS.map((port) => ({ port })));
          say(`app-2 back in rotation, ready in ${(restartMs / 1000).toFixed(1)} s`);
        },
      },
      {
        at: Math.round(SECONDS * 0.55),
        run: async () => {
          say("SIGKILL app-3 and worker-2 under load");
          (apps[2] as Proc).signal("SIGKILL");
          (workers[1] as Proc).signal("SIGKILL");
        },
      },
    ],
    (ack) => {
      if (toPay.length + paid.length < 400 && Math.random() < 0.5) toPay.push(ack);
    },
  );
  paying = false;
  await payer;
  figures.push(["load through nginx", summarize(result, SECONDS)]);
  figures.push(["per second (answered / failed)", result.seconds.map((s) => `${s.ok}/${s.failed}`).join(" ")]);
  figures.push(["graceful stop of app-2: SIGTERM → exit; restart → ready", `${(gracefulExitMs / 1000).toFixed(1)} s; ${(restartMs / 1000).toFixed(1)} s`]);
  const shutdownLine = readFileSync(app2.logPath, "utf8").split("\n").find((l) => l.includes('"shutdown.done"')) ?? "";
  const unfinished = Number(/"unfinishedRequests":(\d+)/.exec(shutdownLine)?.[1] ?? -1);
  checks.push({ label: "app-2 finished every request in flight before exiting", ok: unfinished === 0, figure: `${unfinished} cut` });
  const killAt = Math.round(SECONDS * 0.55);
  const graceWindow = result.seconds.slice(8, killAt).reduce((n, s) => n + s.failed, 0);
  const tail = result.seconds.slice(killAt + 5, SECONDS);
  checks.push({ label: "no failed answers while app-2 left rotation, drained, restarted and came back", ok: graceWindow === 0, figure: `${graceWindow} failed` });
  checks.push({ label: "the remaining instances kept serving after the crash (last seconds: no failures)", ok: tail.every((s) => s.ok > 0 && s.failed === 0), figure: tail.map((s) => `${s.ok}/${s.failed}`).join(" ") });

  // No acknowledged write lost; no order twice for one key.
  const ids = result.acked.map((a) => a.orderId);
  const found = (await db.query<{ id: string; idempotency_key: string }>("SELECT id, idempotency_key FROM orders WHERE id = ANY($1::uuid[])", [ids])).rows;
  const byKey = (await db.query<{ n: string }>("SELECT count(*) AS n FROM orders WHERE idempotency_key = ANY($1::text[]) GROUP BY user_id, idempotency_key HAVING count(*) > 1", [result.acked.map((a) => a.key)])).rowCount;
  figures.push([
    "order writes: acknowledged / refused / unanswered after 6 tries",
    `${result.acked.length} / ${Object.entries(result.refused).map(([s, n]) => `${s} ×${n}`).join(", ") || 0} / ${result.unacknowledged}`,
  ]);
  checks.push({ label: "every acknowledged order is in the database under its key", ok: found.length === ids.length && found.every((f) => result.acked.some((a) => a.orderId === f.id && a.key === f.idempotency_key)), figure: `${found.length} of ${ids.length}` });
  checks.push({ label: "no Idempotency-Key produced two orders", ok: byKey === 0, figure: String(byKey) });

  // Side effects of the paid orders, once each, after the surviving worker took over the dead one's rows.
  const paidIds = paid.map((p) => p.orderId);
  const settleStarted = performance.now();
  let effects = { enrolled: 0, receipts: 0, duplicates: 0, payments: 0 };
  for (;;) {
    const row = (
      await db.query<{ enrolled: string; receipts: string; duplicates: string; payments: string }>(
        `SELECT (SELECT count(DISTINCT order_id) FROM enrollments WHERE order_id = ANY($1::uuid[])) AS enrolled,
                (SELECT count(DISTINCT data->>'orderId') FROM notifications WHERE kind = 'ORDER_RECEIPT' AND data->>'orderId' = ANY($2::text[])) AS receipts,
                (SELECT count(*) FROM (SELECT data->>'orderId' FROM notifications WHERE kind = 'ORDER_RECEIPT' AND data->>'orderId' = ANY($2::text[]) GROUP BY 1 HAVING count(*) > 1) d)
                + (SELECT count(*) FROM (SELECT order_id FROM enrollments WHERE order_id = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1) e)
                + (SELECT count(*) FROM (SELECT order_id FROM payments WHERE order_id = ANY($1::uuid[]) GROUP BY 1 HAVING count(*) > 1) p) AS duplicates,
                (SELECT count(DISTINCT order_id) FROM payments WHERE order_id = ANY($1::uuid[])) AS payments`,
        [paidIds, paidIds],
      )
    ).rows[0];
    effects = { enrolled: Number(row?.enrolled), receipts: Number(row?.receipts), duplicates: Number(row?.duplicates), payments: Number(row?.payments) };
    if ((effects.enrolled === paidIds.length && effects.receipts === paidIds.length) || performance.now() - settleStarted > 120_000) break;
    await sleep(500);
  }
  figures.push(["paid during the load → all receipts delivered", `${paidIds.length} orders; last receipt ${((performance.now() - settleStarted) / 1000).toFixed(1)} s after the load ended (worker-2 died mid-load; rows it had claimed are claimed again after their 20 s lease)`]);
  checks.push({ label: "every paid order: one payment, one enrollment, one receipt", ok: effects.payments === paidIds.length && effects.enrolled === paidIds.length && effects.receipts === paidIds.length, figure: `${effects.payments} payments, ${effects.enrolled} enrollments, ${effects.receipts} receipts for ${paidIds.length} orders` });
  checks.push({ label: "no side effect duplicated (receipts, enrollments, payments per order)", ok: effects.duplicates === 0, figure: String(effects.duplicates) });

  // Retention: scheduled every minute on both workers; each minute's run happened once.
  const retentionStarted = performance.now();
  for (;;) {
    const done = (await db.query("SELECT 1 FROM retention_runs WHERE job = 'usage_events' AND finished_at IS NOT NULL")).rowCount;
    if (done || performance.now() - retentionStarted > 120_000) break;
    await sleep(1000);
  }
  const runs = (await db.query<{ minute: Date; n: string; deleted: string }>("SELECT date_trunc('minute', started_at) AS minute, count(*) AS n, sum(deleted_count) AS deleted FROM retention_runs WHERE job = 'usage_events' GROUP BY 1 ORDER BY 1")).rows;
  const left = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM usage_events WHERE at < now() - interval '400 days'")).rows[0]?.n);
  const deletedTotal = runs.reduce((n, r) => n + Number(r.deleted), 0);
  figures.push(["retention runs (each minute's schedule, 2 workers)", runs.map((r) => `${r.minute.toISOString().slice(11, 16)} ×${r.n} (${r.deleted} deleted)`).join(", ") || "none"]);
  checks.push({ label: "retention ran once per schedule across both workers", ok: runs.length > 0 && runs.every((r) => r.n === "1"), figure: `${runs.length} minutes, most runs in one minute: ${Math.max(0, ...runs.map((r) => Number(r.n)))}` });
  checks.push({ label: "retention pruned every expired row exactly once", ok: left === 0 && deletedTotal === PRUNABLE_EVENTS, figure: `${deletedTotal} deleted of ${PRUNABLE_EVENTS}, ${left} left` });

  figures.push(["whole run", elapsed()]);
  process.stdout.write("\nnpm run test:scale-out\n");
  for (const [label, value] of figures) process.stdout.write(`  ${label}: ${value}\n`);
  for (const c of checks) process.stdout.write(`  ${c.ok ? "held    " : "VIOLATED"} ${c.label}: ${c.figure}\n`);
  lb.stop();
  for (const p of [...apps, ...workers]) p.signal("SIGTERM");
  await Promise.all([...apps, ...workers].map((p) => p.gone(15_000)));
  await Promise.all([kbz.close(), smtp.close(), s3.close(), db.end()]);
  return checks.every((c) => c.ok);
});
