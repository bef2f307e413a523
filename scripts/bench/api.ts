/**
 * `npm run bench:api`: the production build with demo data on a throwaway embedded PostgreSQL,
 * loaded with autocannon (32 connections, loopback only, bounded in time). Each real endpoint is
 * reported beside the bare baselines of the same run: a Next route with static JSON and one with a
 * single-row query. Usage: tsx scripts/bench/api.ts [--seconds 10] [--connections 32]
 */
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "32" }, port: { type: "string", default: "3200" } } });
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

async function load(name: string, path: string): Promise<Row> {
  await autocannon({ url: `${base}${path}`, connections: 4, duration: 2 }); // warm-up
  const result = await autocannon({ url: `${base}${path}`, connections: Number(values.connections), duration: Number(values.seconds) });
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

await waitForHealth();
const rows: Row[] = [];
rows.push(await load("bare static JSON", "/api/bench/static"));
rows.push(await load("bare + 1 DB row", "/api/bench/db"));
rows.push(await load("GET /api/v1/courses", "/api/v1/courses?limit=20"));
rows.push(await load("GET /api/v1/categories", "/api/v1/categories"));
const [bare] = rows;
process.stdout.write(`\n${"endpoint".padEnd(26)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"× bare".padStart(7)} errors\n`);
for (const row of rows) {
  process.stdout.write(
    `${row.name.padEnd(26)} ${row.rps.toFixed(0).padStart(8)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${(row.rps / (bare?.rps ?? 1)).toFixed(2).padStart(7)} ${row.errors}\n`,
  );
}
stop();
process.exit(0);
