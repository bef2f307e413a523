/**
 * `npm run bench:scale` (issue 9, item 2): the platform at marketplace size. On its own
 * embedded PostgreSQL (.data/bench-scale-postgres, port 3221) it seeds 100k courses, 1M students,
 * 3M orders (payments, refunds, ledger, daily sums, enrollments) and 6M usage events, times
 * `--scale`, then reports catalog search p50/p95/p99, the center dashboard's reports for the
 * biggest center, and the API's p99 under autocannon (production server on port 3220) without and
 * during the retention job's pruning of the 5M events past their period.
 * Usage: tsx scripts/bench/scale.ts [--scale 1] [--reuse] [--seconds 15] [--connections 32]
 *        [--queries 200] [--runs 5] [--deadline-minutes 35] [--no-doc]
 */
import type { ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { writeBenchmarkSection } from "./lib/benchmarks-doc.ts";
import { databaseSizes, prepareDatabase, startCluster } from "./scale/database.ts";
import { load, loadTargets, startRetention, startServer, stopServer, waitForHealth, type Load } from "./scale/measure-api.ts";
import { measureCenterReport, measureSearch } from "./scale/measure-db.ts";
import { scaleReport } from "./scale/report.ts";
import { sizesFor } from "./scale/seed.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    reuse: { type: "boolean", default: false },
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "32" },
    queries: { type: "string", default: "200" },
    runs: { type: "string", default: "5" },
    "deadline-minutes": { type: "string", default: "35" },
    "no-doc": { type: "boolean", default: false },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const HTTP_PORT = 3220;
const PG_PORT = 3221;
const base = `http://127.0.0.1:${HTTP_PORT}`;
const started = performance.now();
const say = (line: string) => process.stdout.write(`[scale ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

let app: ChildProcess | undefined;
const cluster = await startCluster(".data/bench-scale-postgres", PG_PORT);
const cleanup = async () => {
  stopServer(app);
  await new Promise((r) => setTimeout(r, app ? 3000 : 0)); // the server's graceful stop (its jobs) before the database goes
  stopServer(app, "SIGKILL");
  await cluster.stop().catch(() => {});
};
const deadline = Date.now() + Number(values["deadline-minutes"]) * 60_000;
const timer = setTimeout(() => {
  process.stderr.write(`[scale] hard deadline of ${values["deadline-minutes"]} min reached: stopping\n`);
  void cleanup().finally(() => process.exit(2));
}, deadline - Date.now());
process.on("SIGINT", () => void cleanup().finally(() => process.exit(130)));
process.on("exit", () => stopServer(app, "SIGKILL"));

try {
  const sizes = sizesFor(scale);
  say(`scale ${scale}: ${JSON.stringify(sizes)}`);
  const prepared = await prepareDatabase(cluster, sizes, values.reuse, say);
  const size = await databaseSizes(prepared.url);

  say(`search: ${values.queries} queries`);
  const search = await measureSearch(prepared.url, Number(values.queries));
  say(`search p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, p99 ${search.p99.toFixed(1)} ms`);
  const center = await measureCenterReport(prepared.url, Number(values.runs));
  for (const r of center.reports) say(`${r.name}: ${r.runs.map((ms) => ms.toFixed(0)).join(" / ")} ms`);

  say("starting the production server (jobs in-process)");
  app = startServer(HTTP_PORT, prepared.url);
  await waitForHealth(base, Math.min(deadline, Date.now() + 600_000));
  const targets = await loadTargets(prepared.url);
  // Warm-up: JIT, caches, pools, and the jobs' first runs after the start (expire-orders, reconcile).
  for (const target of targets) await load(base, target, Math.max(5, Math.round(seconds / 2)), connections);
  const quiet: Load[] = [];
  for (const target of targets) quiet.push(await load(base, target, seconds, connections));
  for (const l of quiet) say(`quiet   ${l.name}: ${l.rps.toFixed(0)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.errors} errors`);

  say("sending privacy.retention");
  const retention = await startRetention(prepared.url, deadline);
  const during: Load[] = [];
  for (const target of targets) during.push(await load(base, target, seconds, connections));
  const stillRunning = await retention.isRunning();
  for (const l of during) say(`pruning ${l.name}: ${l.rps.toFixed(0)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.errors} errors`);
  say(stillRunning ? "load done, the pruning goes on: waiting for the job" : "the pruning ended before the load did");
  const pruning = { ...(await retention.finished()), finishedDuringLoad: !stillRunning };
  say(`pruned ${pruning.deleted.toLocaleString("en")} usage events in ${pruning.seconds.toFixed(1)} s (${Math.round(pruning.deleted / pruning.seconds).toLocaleString("en")} rows/s), job ${pruning.jobState}`);

  const report = scaleReport({ scale, sizes, prepared, size, search, center, quiet, during, pruning, connections, seconds });
  process.stdout.write(`\n${report.markdown}\n`);
  const command = `npm run bench:scale${scale === 1 ? "" : ` -- --scale ${scale}`}`;
  if (!values["no-doc"]) writeBenchmarkSection("scale", "Scale: 100k courses, 1M students, 3M orders", command, report.markdown);
  clearTimeout(timer);
  await cleanup();
  process.exit(report.allMet ? 0 : 1);
} catch (error) {
  process.stderr.write(`[scale] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  clearTimeout(timer);
  await cleanup();
  process.exit(1);
}
