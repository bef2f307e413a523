/**
 * `npm run bench:api`: the production build with demo data on a throwaway embedded PostgreSQL,
 * loaded with autocannon (32 connections, loopback only, bounded in time). Each real endpoint is
 * reported beside the bare baselines of the same run: a Next route with static JSON and one with a
 * single-row query. The endpoints take turns over several rounds and each is reported by its median
 * round, so that a drift of the machine (JIT warm-up, another process) does not favour whichever
 * endpoint happened to run first. "× base" compares medians; "paired" is the median of each round's
 * ratio to its baseline measured seconds before it (this VM drifts by ±30% over a minute), and the
 * targets are judged on "paired". "CPU ms/req" is the CPU time of the server and its database per
 * answered request (from /proc): it does not depend on what else shares the cores, so "× base by
 * CPU" (the baseline's CPU per request over the endpoint's) is shown beside the throughput ratios.
 *
 * How the load looks like real traffic: the server trusts X-Forwarded-For from loopback only
 * (TRUSTED_PROXY_CIDRS, as it would trust the CDN), and every request comes from its own address,
 * so per-address limits see many clients, not one hammering bench. `/api/v1/me/courses` is read by
 * the demo student with paid enrollments, signed in through the real OTP flow.
 *
 * Order creation measures the real creation path on every request: a pool of new students (signed
 * in the same way) orders a paid course none of them owns, each request with a fresh
 * Idempotency-Key (so no request is answered from an earlier order) and each student used fewer
 * times than the per-person order limit (30 per 10 minutes): a repeat by one student is not
 * deduplicated (each is a new pending order), so the only thing that would change is a 429 — which
 * would measure the limit, not the creation. The pool grows before each round from the throughput
 * measured so far.
 *
 * Usage: tsx scripts/bench/api.ts [--seconds 5] [--rounds 5] [--connections 32] [--port 3210]
 *   [--deadline 900] [--only name,name] [--no-doc]   (the deadline includes a build of the app when it is stale)
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-fixtures.ts";
import { load, medianCpuMs, medianRound, pairedRatio, type Row, type Target } from "./lib/autocannon-run.ts";
import { clientAddress, signIn, signInRetries, signInStudents } from "./lib/bench-clients.ts";
import { startBenchServer } from "./lib/bench-server.ts";
import { table, verdict, writeBenchmarkSection } from "./lib/benchmarks-doc.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "5" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3210" },
    deadline: { type: "string", default: "900" },
    only: { type: "string" },
    "no-doc": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const base = `http://127.0.0.1:${port}`;
const P99_TARGET_MS = 60;
const ORDERS_PER_STUDENT = 25; // below the limit of 30 per 10 minutes

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
setTimeout(() => {
  process.stderr.write(`bench:api: deadline of ${values.deadline} s passed, stopping\n`);
  process.exit(2);
}, Number(values.deadline) * 1000).unref();

// The first start after a source change builds the app (minutes on a busy machine): wait until the
// deadline. Jobs and the outbox run in the server, as under `npm start`.
const server = await startBenchServer({
  port,
  dataDir: ".data/bench-api-postgres",
  db: "mmso_bench_api",
  until: Date.now() + Number(values.deadline) * 1000,
  jobs: true,
  env: { TRUSTED_PROXY_CIDRS: "127.0.0.1/32,::1/128" },
});
const list = (await (await fetch(`${base}/api/v1/courses?limit=20`)).json()) as { items: { id: string; price: { amount: number } }[] };
const course = list.items.find((c) => c.price.amount > 0);
if (!course) throw new Error("no paid published course in the demo data");
const reader = await signIn(base, DEMO_ACCOUNTS.students[1].email);

// Order students: each a list of remaining uses; requests take the next use round-robin.
const orderSlots: string[] = [];
let nextSlot = 0;
let studentsMade = 0;
async function ensureOrderCapacity(requests: number) {
  const missing = Math.ceil((requests - (orderSlots.length - nextSlot)) / ORDERS_PER_STUDENT);
  if (missing <= 0) return;
  const tokens = await signInStudents(base, `bench-order-${studentsMade}`, missing);
  studentsMade += missing;
  const fresh = Array.from({ length: ORDERS_PER_STUDENT }, () => tokens).flat();
  orderSlots.push(...fresh);
}

const fromAnywhere = () => ({ "x-forwarded-for": clientAddress() });
const allTargets: Target[] = [
  { name: "bare static JSON", path: "/api/bench/static" },
  { name: "bare + 1 DB row", path: "/api/bench/db" },
  { name: "catalog list", path: "/api/v1/courses?limit=20", prepare: fromAnywhere },
  { name: "course detail", path: `/api/v1/courses/${course.id}`, prepare: fromAnywhere },
  { name: "me/courses (auth)", path: "/api/v1/me/courses", headers: { authorization: `Bearer ${reader}` }, prepare: fromAnywhere },
  {
    name: "create order",
    path: "/api/v1/orders",
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ courseId: course.id, provider: "stripe" }),
    prepare: () => ({ ...fromAnywhere(), authorization: `Bearer ${orderSlots[nextSlot++ % orderSlots.length]}`, "idempotency-key": randomUUID() }),
  },
];
const targets = allTargets.filter((t) => !values.only || t.name.startsWith("bare") || values.only.split(",").some((n) => t.name.includes(n)));

let orderRate: number | undefined; // the fastest order round so far (before any: a generous guess)
const run = async (target: Target, duration: number) => {
  if (target.name !== "create order") return load(base, target, duration, connections, server.pid);
  await ensureOrderCapacity(Math.ceil((orderRate ?? 150) * duration * 1.5));
  const row = await load(base, target, duration, connections, server.pid);
  orderRate = Math.max(orderRate ?? 0, row.rps);
  return row;
};

for (const target of targets) await run(target, 3); // warm-up: JIT, caches, connection pools
const rounds = new Map<string, Row[]>(targets.map((t) => [t.name, []]));
for (let round = 0; round < Number(values.rounds); round++) {
  for (const target of targets) rounds.get(target.name)?.push(await run(target, seconds));
}
server.stop();

const bareJson = rounds.get("bare static JSON") ?? [];
const bareDb = rounds.get("bare + 1 DB row") ?? [];
type Result = Row & { baseline: string; versus: number; paired: number; cpuRatio: number; allErrors: number; allStatuses: string };
const results: Result[] = targets.map((t) => {
  const list = rounds.get(t.name) ?? [];
  const againstDb = t.name.includes("auth") || t.name.includes("order") || t.name === "bare + 1 DB row";
  const baseline = againstDb && t.name !== "bare + 1 DB row" ? bareDb : bareJson;
  return {
    ...medianRound(list),
    baseline: baseline === bareDb ? "bare DB" : "bare JSON",
    versus: medianRound(list).rps / medianRound(baseline).rps,
    paired: pairedRatio(list, baseline),
    cpuMs: medianCpuMs(list),
    cpuRatio: medianCpuMs(baseline) / medianCpuMs(list),
    allErrors: list.reduce((n, r) => n + r.errors, 0),
    allStatuses: list.map((r) => r.statuses).filter(Boolean).join(" "),
  };
});

const header = ["endpoint (median round)", "req/s", "p50 ms", "p99 ms", "vs", "× base", "paired", "CPU ms/req", "× base by CPU", "errors"];
const cells = results.map((r) => [
  r.name, r.rps.toFixed(0), r.p50, r.p99, r.baseline, r.versus.toFixed(2), r.paired.toFixed(2), r.cpuMs.toFixed(2), r.cpuRatio.toFixed(2),
  r.allErrors ? `${r.allErrors} (${r.allStatuses})` : 0,
]);
process.stdout.write(`\n${header.join("\t")}\n${cells.map((c) => c.join("\t")).join("\n")}\n`);
for (const [name, list] of rounds) process.stdout.write(`  rounds ${name}: ${list.map((r) => `${r.rps.toFixed(0)} (p99 ${r.p99})`).join(" / ")}\n`);

const byName = (name: string) => results.find((r) => r.name === name);
const verdicts: string[] = [];
for (const [name, min, what] of [["catalog list", 1.0, "bare JSON"], ["course detail", 1.0, "bare JSON"], ["me/courses (auth)", 0.8, "bare DB"]] as const) {
  const r = byName(name);
  if (r) verdicts.push(verdict(`${name} throughput`, r.paired >= min, `${r.paired.toFixed(2)}× ${what} (paired; medians ${r.versus.toFixed(2)}×; by CPU per request ${r.cpuRatio.toFixed(2)}×)`, `≥ ${min.toFixed(1)}×`));
}
for (const r of results.filter((r) => !r.name.startsWith("bare"))) {
  verdicts.push(verdict(`${r.name} p99 at ${connections} connections`, r.p99 <= P99_TARGET_MS, `${r.p99} ms`, `≤ ${P99_TARGET_MS} ms`));
}
for (const r of results) verdicts.push(verdict(`${r.name} errors over all rounds`, r.allErrors === 0, r.allErrors ? `${r.allErrors} (${r.allStatuses})` : "0", "0"));
const retried = signInRetries.length ? `Sign-in calls retried after a 5xx: ${signInRetries.length} (${signInRetries.join(", ")}).` : "No sign-in call needed a retry.";
process.stdout.write(`\n${verdicts.join("\n")}\n${retried}\n`);

const rounds$ = [...rounds].map(([name, list]) => `- ${name}: ${list.map((r) => r.rps.toFixed(0)).join(" / ")} req/s`).join("\n");
writeBenchmarkSection(
  "api",
  "API throughput (bench:api)",
  `npm run bench:api -- --seconds ${seconds} --rounds ${values.rounds} --connections ${connections}`,
  [
    `Production build, demo data, ${connections} connections, ${values.rounds} rounds of ${seconds} s per endpoint in turn; each row is the endpoint's median round. ` +
      `Orders: ${studentsMade} new students signed in through the OTP flow, each ordering a paid course at most ${ORDERS_PER_STUDENT} times with a fresh Idempotency-Key. ${retried}`,
    table(header, cells),
    verdicts.join("\n"),
    `Throughput of every round:\n\n${rounds$}`,
  ].join("\n\n"),
);
process.exit(0);
