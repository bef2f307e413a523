/**
 * The scale bench's load phase: the production server (scripts/start.ts, jobs in-process as with
 * `npm start`) on the seeded database, autocannon on catalog search and course detail, first
 * quiet and then while the real `privacy.retention` job — sent through pg-boss, run by the
 * server's own worker — prunes the usage events past their period.
 */
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import PgBoss from "pg-boss";
import { benchQueries } from "../search-data.ts";
import { KIND } from "./seed-sql.ts";

export type Load = { name: string; rps: number; p50: number; p99: number; errors: number };
export type Target = { name: string; paths: string[] };

export function startServer(port: number, url: string): ChildProcess {
  return spawn("npx", ["tsx", "scripts/start.ts", "--port", String(port)], {
    // Loopback stands in for the CDN in front of production: it is trusted to name the client (see load()).
    env: { ...process.env, DATABASE_URL: url, APP_MODE: "demo", APP_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn", TRUSTED_PROXY_CIDRS: "127.0.0.1/32" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

export function stopServer(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGINT") {
  try {
    if (child?.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function waitForHealth(base: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become healthy in time");
}

const courseId = (n: number) => `${KIND.course.toString(16)}-0000-7000-8000-${n.toString(16).padStart(12, "0")}`;

/** Search: 60 typed queries. Detail: 60 published courses of active centers, half among the most bought. */
export async function loadTargets(url: string): Promise<Target[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `(SELECT co.id FROM courses co JOIN centers ce ON ce.id = co.center_id WHERE co.slug LIKE 'scale-course-%' AND co.status = 'PUBLISHED' AND ce.status = 'ACTIVE' AND co.id <= $1 ORDER BY co.id LIMIT 30)
       UNION ALL
       (SELECT co.id FROM courses co JOIN centers ce ON ce.id = co.center_id WHERE co.slug LIKE 'scale-course-%' AND co.status = 'PUBLISHED' AND ce.status = 'ACTIVE' ORDER BY md5(co.id::text) LIMIT 30)`,
      [courseId(1000)],
    );
    return [
      { name: "GET /api/v1/courses?q=…", paths: benchQueries(60).map((q) => `/api/v1/courses?q=${encodeURIComponent(q)}&limit=20`) },
      { name: "GET /api/v1/courses/{id}", paths: rows.map((r) => `/api/v1/courses/${r.id}`) },
    ];
  } finally {
    await client.end();
  }
}

export async function load(base: string, target: Target, seconds: number, connections: number): Promise<Load> {
  // Each request names its own client (CF-Connecting-IP, as the CDN does): the per-address rate
  // limits (600 course details a minute) are for one student, not for the whole bench.
  const requests = target.paths.map((path, i) => ({ method: "GET" as const, path, headers: { "cf-connecting-ip": `100.64.${Math.floor(i / 250)}.${1 + (i % 250)}` } }));
  const result = await autocannon({ url: base, connections, duration: seconds, requests });
  return { name: target.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

export type Pruning = { deleted: number; seconds: number; finishedDuringLoad: boolean; jobState: string };

/**
 * Sends `privacy.retention` and resolves once its usage-events rule has started; `finished` then
 * waits for the job's end and reads the rule's run (rows, time) from retention_runs.
 */
export async function startRetention(url: string, deadline: number) {
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", schedule: false, supervise: false, migrate: false });
  boss.on("error", () => undefined);
  await boss.start();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sentAt = new Date();
  const jobId = await boss.send("privacy.retention", {});
  if (!jobId) throw new Error("privacy.retention was not queued (a run already waiting?)");
  const run = async () =>
    (
      await client.query<{ deleted_count: number; started_at: Date; finished_at: Date | null }>(
        "SELECT deleted_count, started_at, finished_at FROM retention_runs WHERE job = 'usage_events' AND started_at >= $1 ORDER BY started_at DESC LIMIT 1",
        [sentAt],
      )
    ).rows[0];
  while (!(await run())) {
    if (Date.now() > deadline) throw new Error("the retention job did not start in time");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    isRunning: async () => !(await run())?.finished_at,
    async finished(): Promise<Omit<Pruning, "finishedDuringLoad">> {
      let state = "";
      for (;;) {
        state = (await boss.getJobById("privacy.retention", jobId, { includeArchive: true }))?.state ?? "gone";
        if (["completed", "failed", "cancelled", "gone"].includes(state)) break;
        if (Date.now() > deadline) throw new Error("the retention job did not finish before the deadline");
        await new Promise((r) => setTimeout(r, 1000));
      }
      const row = await run();
      await client.end().catch(() => {});
      await boss.stop({ graceful: false, wait: false }).catch(() => {});
      const seconds = row?.finished_at ? (row.finished_at.getTime() - row.started_at.getTime()) / 1000 : NaN;
      return { deleted: row?.deleted_count ?? 0, seconds, jobState: state };
    },
  };
}
