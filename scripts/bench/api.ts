/**
 * `npm run bench:api`: the production build with demo data on a throwaway embedded PostgreSQL,
 * loaded with autocannon (32 connections, loopback only, bounded in time). Each real endpoint is
 * reported beside the bare baselines of the same run: a Next route with static JSON and one with a
 * single-row query. The endpoints take turns over several rounds and each is reported by its median
 * round, so that a drift of the machine (JIT warm-up, another process) does not favour whichever
 * endpoint happened to run first. "× bare" compares the medians; "paired" is the median of each
 * round's ratio to the static baseline measured seconds before it (this VM's throughput drifts by
 * ±30% over a minute, so both are shown). Usage: tsx scripts/bench/api.ts [--seconds 5] [--rounds 5] [--connections 32]
 */
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, rounds: { type: "string", default: "5" }, connections: { type: "string", default: "32" }, port: { type: "string", default: "3200" } } });
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;

const server = spawn("npx", ["tsx", "scripts/start.ts", "--port", String(port), "--data-dir", ".data/bench-postgres", "--db", "mmso_bench", "--fresh"], {
  env: { ...process.env, APP_MODE: "demo", APP_URL: base, LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-(server.pid ?? 0), "SIGINT");
  } catch {
    // already gone
  }
};
process.on("exit", stop);

async function waitForHealth(deadline = Date.now() + 300_000) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

type Row = { name: string; rps: number; p50: number; p99: number; errors: number };
type Target = { name: string; path: string };

const targets: Target[] = [
  { name: "bare static JSON", path: "/api/bench/static" },
  { name: "bare + 1 DB row", path: "/api/bench/db" },
  { name: "GET /api/v1/courses", path: "/api/v1/courses?limit=20" },
  { name: "GET /api/v1/categories", path: "/api/v1/categories" },
];

async function load(target: Target, seconds: number): Promise<Row> {
  const result = await autocannon({ url: `${base}${target.path}`, connections: Number(values.connections), duration: seconds });
  return { name: target.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const median = (rows: Row[]): Row => {
  const sorted = [...rows].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor(sorted.length / 2)] as Row;
};

await waitForHealth();
for (const target of targets) await load(target, 3); // warm-up: JIT, caches, connection pools
const rounds = new Map<string, Row[]>(targets.map((t) => [t.name, []]));
for (let round = 0; round < Number(values.rounds); round++) {
  for (const target of targets) rounds.get(target.name)?.push(await load(target, Number(values.seconds)));
}
const rows = targets.map((t) => ({ ...median(rounds.get(t.name) ?? []), errors: (rounds.get(t.name) ?? []).reduce((n, r) => n + r.errors, 0) }));
const bareRounds = rounds.get(targets[0]?.name ?? "") ?? [];
const ratio = (name: string) => {
  const ratios = (rounds.get(name) ?? []).map((row, i) => row.rps / (bareRounds[i]?.rps ?? row.rps)).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] ?? NaN;
};
process.stdout.write(`\n${"endpoint (median round)".padEnd(26)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"× bare".padStart(7)} ${"paired".padStart(7)} errors\n`);
for (const row of rows) {
  process.stdout.write(
    `${row.name.padEnd(26)} ${row.rps.toFixed(0).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${(row.rps / (rows[0]?.rps ?? row.rps)).toFixed(2).padStart(7)} ${ratio(row.name).toFixed(2).padStart(7)} ${row.errors}\n`,
  );
}
for (const [name, list] of rounds) process.stdout.write(`  rounds ${name}: ${list.map((r) => r.rps.toFixed(0)).join(" / ")} req/s\n`);
stop();
process.exit(0);
