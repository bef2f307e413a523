/**
 * `npm run bench:capacity`: requests per second ONE production instance serves on this machine, for
 * the main endpoints — the capacity table of docs/deploy.md. The instance is the standalone server in
 * production mode (as `npm run start:production` runs it) on a PostgreSQL migrated by the release
 * step, with the demo catalog as data; KBZPay's gateway is played on loopback for order creation.
 * autocannon runs on the same 2 cores, so the figures are a floor for a dedicated machine.
 * Usage: tsx scripts/bench/capacity.ts [--seconds 8] [--connections 32] [--no-doc]
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { seedDatabase } from "../../prisma/seed/index.ts";
import { argValue, runBounded } from "../fault/lib/bounded.ts";
import { paidCourses } from "../fault/lib/courses.ts";
import { connect, startFaultPostgres } from "../fault/lib/database.ts";
import { createStudents } from "../fault/lib/students.ts";
import { buildIfStale } from "../lib/build-if-stale.ts";
import { startFakeKbzpay } from "../scale-out/fake-kbzpay.ts";
import { startAppInstance } from "../scale-out/processes.ts";
import { startSmtpSink } from "../scale-out/smtp-sink.ts";
import { productionTestEnv } from "../scale-out/test-env.ts";
import { load, type Target } from "./lib/autocannon-run.ts";
import { describeMachine, table, writeBenchmarkSection } from "./lib/benchmarks-doc.ts";

const SECONDS = Number(argValue("seconds", "8"));
const CONNECTIONS = Number(argValue("connections", "32"));
const PORT = 3621;

runBounded("bench:capacity", 600, async () => {
  await buildIfStale(process.cwd(), process.env);
  const dir = mkdtempSync(path.join(os.tmpdir(), "mmso-capacity-"));
  const pg = await startFaultPostgres("capacity", 3622);
  const kbz = await startFakeKbzpay({ appId: "scale-kbz-app", merchCode: "700123", appKey: "scale-out-kbzpay-app-key-0123456789" });
  const smtp = await startSmtpSink();
  const env = productionTestEnv({ databaseUrl: pg.url, appUrl: `http://127.0.0.1:${PORT}`, kbzGateway: kbz.url, smtpUrl: smtp.url });
  Object.assign(process.env, env, { LOG_LEVEL: "warn" });
  const deployed = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db/deploy.ts"], { env: process.env, stdio: "ignore" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
  if (deployed !== 0) throw new Error("npm run db:deploy failed");
  await seedDatabase(pg.url, { demo: true });
  const db = await connect(pg.url);
  // Enough buyers that the per-person order limit never answers for the server's speed.
  const buyers = await createStudents(db, 400, "Capacity buyer");
  const reader = (await createStudents(db, 1, "Capacity reader"))[0];
  const app = await startAppInstance("capacity-app", PORT, dir, { ...process.env, LOG_LEVEL: "warn" });
  const base = `http://127.0.0.1:${PORT}`;
  const courses = await paidCourses(base);
  const course = courses[0] as { id: string };
  // The reader owns a course, so "my courses" has a row to show.
  await db.query("INSERT INTO enrollments (id, user_id, course_id, center_id, source, updated_at) SELECT gen_random_uuid(), $1, id, center_id, 'MANUAL', now() FROM courses WHERE id = $2", [reader?.userId, course.id]).catch(() => undefined);
  let address = 0;
  const fromAnywhere = () => ({ "x-forwarded-for": `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}` });
  let slot = 0;
  const targets: Target[] = [
    { name: "liveness (no database)", path: "/api/health/live" },
    { name: "catalog list", path: "/api/v1/courses?limit=20", prepare: fromAnywhere },
    { name: "catalog search", path: `/api/v1/courses?q=${encodeURIComponent("python")}&limit=20`, prepare: fromAnywhere },
    { name: "course detail", path: `/api/v1/courses/${course.id}`, prepare: fromAnywhere },
    { name: "my courses (signed in)", path: "/api/v1/me/courses", headers: { authorization: reader?.authorization ?? "" }, prepare: fromAnywhere },
    {
      name: "create order (KBZPay precreate)",
      path: "/api/v1/orders",
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ courseId: course.id, provider: "kbzpay" }),
      prepare: () => ({ ...fromAnywhere(), authorization: (buyers[slot++ % buyers.length] as { authorization: string }).authorization, "idempotency-key": randomUUID() }),
    },
  ];
  const rows = [];
  for (const target of targets) {
    await load(base, target, 2, CONNECTIONS, app.pid); // warm-up
    const row = await load(base, target, SECONDS, CONNECTIONS, app.pid);
    rows.push(row);
    process.stdout.write(`${row.name}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} non-2xx ${row.statuses}, ${row.cpuMs.toFixed(2)} CPU ms/req\n`);
  }
  const markdown = [
    `One standalone instance in production mode, ${CONNECTIONS} connections, ${SECONDS} s per endpoint after a 2 s warm-up; autocannon, the instance and PostgreSQL share the machine (${describeMachine()}).`,
    "",
    table(
      ["endpoint", "req/s", "p50 ms", "p99 ms", "non-2xx", "CPU ms/request (app + its children)"],
      rows.map((r) => [r.name, r.rps.toFixed(0), r.p50, r.p99, `${r.errors}${r.statuses ? ` (${r.statuses})` : ""}`, r.cpuMs.toFixed(2)]),
    ),
  ].join("\n");
  if (!process.argv.includes("--no-doc")) writeBenchmarkSection("capacity", "Capacity of one production instance", "npm run bench:capacity", markdown);
  app.signal("SIGTERM");
  await app.gone(20_000);
  await Promise.all([kbz.close(), smtp.close(), db.end()]);
  return rows.every((r) => r.rps > 0);
});
