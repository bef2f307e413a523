/**
 * `npm run fault:pg-restart`: the production server on a PostgreSQL this script owns (DATABASE_URL),
 * under a steady load of an authenticated read (`GET /api/v1/me/courses`) and a write
 * (`PATCH /api/v1/me`). PostgreSQL is stopped (fast shutdown), left down ~3 s, and started again;
 * the app is not touched. Reports how long after PostgreSQL is back each endpoint answers 2xx
 * again, and what was answered meanwhile. Invariants: every failure is a 503 in the contract's
 * error shape with Retry-After (never a 500, never a hang past the client timeout), both endpoints
 * recover within 10 s of the restart and stay healthy, and the app process never restarted.
 * Usage: tsx scripts/fault/pg-restart.ts [--down 3] [--workers 8] [--no-doc]
 */
import { startApp, stopApp } from "./lib/app-server.ts";
import { argValue, runBounded, sleep } from "./lib/bounded.ts";
import { connect, startFaultPostgres } from "./lib/database.ts";
import { histogram, percentile, send } from "./lib/http.ts";
import { checksHold, type Check } from "./lib/invariants.ts";
import { report } from "./lib/report.ts";
import { createStudents } from "./lib/students.ts";

const DOWN_SECONDS = Number(argValue("down", "3"));
const WORKERS = Number(argValue("workers", "8"));
const CLIENT_TIMEOUT_MS = 10_000;
const RECOVERY_TARGET_MS = 10_000;

type Sample = { kind: "read" | "write"; start: number; end: number; status: number; body: string; retryAfter: string | null };

runBounded("fault:pg-restart", 300, async () => {
  const db = await startFaultPostgres("pg-restart", 3247);
  const app = await startApp({ port: 3246, databaseUrl: db.url, log: "fault-pg-restart", waitForJobs: true });
  console.log(`app healthy after ${(app.readyMs / 1000).toFixed(1)} s (pid ${app.pid})`);
  const client = await connect(db.url);
  const students = await createStudents(client, WORKERS, "Restart student");
  await client.end();

  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const samples: Sample[] = [];
  let running = true;
  const worker = async (index: number) => {
    const student = students[index % students.length];
    if (!student) return;
    const kind = index % 2 === 0 ? "read" : "write";
    for (let n = 0; running; n++) {
      const start = now();
      const reply =
        kind === "read" ?
          await send(`${app.base}/api/v1/me/courses`, { headers: { authorization: student.authorization }, timeoutMs: CLIENT_TIMEOUT_MS })
        : await send(`${app.base}/api/v1/me`, { method: "PATCH", body: JSON.stringify({ name: `Restart student ${index} ${n % 10}` }), headers: { authorization: student.authorization, "content-type": "application/json" }, timeoutMs: CLIENT_TIMEOUT_MS });
      samples.push({ kind, start, end: now(), status: reply.status, body: reply.body.slice(0, 300), retryAfter: reply.retryAfter });
      // Each worker paces itself a little: a steady load, not a flood of instant failures.
      await sleep(reply.status >= 200 && reply.status < 300 ? 5 : 50);
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(i)));

  await sleep(3_000);
  const stopAt = now();
  await db.stop();
  const downAt = now();
  console.log(`PostgreSQL stopped in ${((downAt - stopAt) / 1000).toFixed(1)} s; down for ${DOWN_SECONDS} s`);
  await sleep(DOWN_SECONDS * 1000);
  const restartAt = now();
  await db.start();
  const upAt = now();
  console.log(`PostgreSQL started again in ${((upAt - restartAt) / 1000).toFixed(1)} s`);

  // Load until both endpoints have answered 2xx for 5 s after PostgreSQL came back (at most 30 s).
  const recovered = (kind: Sample["kind"]) => samples.find((s) => s.kind === kind && s.start >= upAt && s.status >= 200 && s.status < 300);
  const until = upAt + 30_000;
  while (now() < until && !(recovered("read") && recovered("write") && now() > Math.max(recovered("read")!.end, recovered("write")!.end) + 5_000)) await sleep(200);
  running = false;
  await load;

  const appAlive = await fetch(`${app.base}/api/health`).then((r) => r.ok, () => false);
  const sameProcess = (() => {
    try {
      process.kill(app.pid, 0);
      return true;
    } catch {
      return false;
    }
  })();
  await stopApp(app);

  const failures = samples.filter((s) => s.status < 200 || s.status >= 300);
  const wellFormed503 = failures.filter((s) => s.status === 503 && /^\{"error":\{"code":"unavailable","message":"[^"]+"/.test(s.body) && s.retryAfter !== null);
  const recoveryMs = (kind: Sample["kind"]) => {
    const first = recovered(kind);
    return first ? first.end - upAt : Infinity;
  };
  // After the first success, a failure again means the pool did not really recover.
  const relapses = samples.filter((s) => {
    const first = recovered(s.kind);
    return first && s.start > first.end && (s.status < 200 || s.status >= 300);
  }).length;
  const slowest = Math.max(...samples.map((s) => s.end - s.start));
  const during = samples.filter((s) => s.end >= stopAt && s.start <= Math.min(recoveryMs("read"), recoveryMs("write")) + upAt);
  const checks: Check[] = [
    { label: "failures that were 503 `unavailable` with Retry-After", ok: wellFormed503.length === failures.length, figure: `${wellFormed503.length} of ${failures.length}` },
    { label: "500 answers", ok: !failures.some((s) => s.status === 500), figure: String(failures.filter((s) => s.status === 500).length) },
    { label: `requests unanswered after ${CLIENT_TIMEOUT_MS / 1000} s`, ok: !failures.some((s) => s.status === 0), figure: String(failures.filter((s) => s.status === 0).length) },
    { label: "read (GET /api/v1/me/courses) 2xx again after PostgreSQL was back", ok: recoveryMs("read") <= RECOVERY_TARGET_MS, figure: `${(recoveryMs("read") / 1000).toFixed(2)} s (target ≤ ${RECOVERY_TARGET_MS / 1000} s)` },
    { label: "write (PATCH /api/v1/me) 2xx again after PostgreSQL was back", ok: recoveryMs("write") <= RECOVERY_TARGET_MS, figure: `${(recoveryMs("write") / 1000).toFixed(2)} s (target ≤ ${RECOVERY_TARGET_MS / 1000} s)` },
    { label: "failures after the first success (a pool that did not recover)", ok: relapses === 0, figure: String(relapses) },
    { label: "the app process kept running (same pid, healthy)", ok: appAlive && sameProcess, figure: `pid ${app.pid} ${sameProcess ? "alive" : "gone"}, health ${appAlive ? "200" : "failing"}` },
  ];
  report({
    name: "fault-pg-restart",
    title: "Fault: PostgreSQL restarted under load",
    command: "npm run fault:pg-restart",
    intro: `The production server on a PostgreSQL the script owns; ${WORKERS} clients loop on \`GET /api/v1/me/courses\` and \`PATCH /api/v1/me\`; PostgreSQL gets a fast shutdown, stays down ${DOWN_SECONDS} s, and starts again. The app is never touched.`,
    figures: [
      ["requests", `${samples.length} (${samples.filter((s) => s.kind === "read").length} reads, ${samples.filter((s) => s.kind === "write").length} writes)`],
      ["PostgreSQL down (stop → started again)", `${((upAt - stopAt) / 1000).toFixed(1)} s`],
      ["statuses from the stop until recovery", histogram(during.map((s) => s.status))],
      ["read recovery after PostgreSQL was back", `${(recoveryMs("read") / 1000).toFixed(2)} s`],
      ["write recovery after PostgreSQL was back", `${(recoveryMs("write") / 1000).toFixed(2)} s`],
      ["latency of failed requests p50 / max", `${percentile(failures.map((s) => s.end - s.start), 50).toFixed(0)} / ${Math.max(0, ...failures.map((s) => s.end - s.start)).toFixed(0)} ms`],
      ["slowest request", `${slowest.toFixed(0)} ms`],
    ],
    checks,
  });
  return checksHold(checks);
});
