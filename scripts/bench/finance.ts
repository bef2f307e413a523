/**
 * Finance report benchmark (npm run bench:finance): a throwaway embedded PostgreSQL with the real
 * migrations, one center with 100k paid orders over a year (payments, ledger lines, some refunds),
 * then every grouping of lib/commerce/reports/finance-sql.ts over that year, 30 runs each, and
 * the full CSV export in its keyset batches. Prints p50/p95 and EXPLAIN (ANALYZE, BUFFERS) of the
 * slowest grouping. Usage: tsx scripts/bench/finance.ts [orderCount] [runs]
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { financeExportBatchSql, financeReportSql, FINANCE_GROUPS, FIRST_ORDER_CURSOR, type FinanceGroup } from "../../lib/commerce/reports/finance-sql.ts";
import { runCli } from "../db/cli.ts";
import { ensureDatabase } from "../db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { applyMigrations } from "../db/schema-engine.ts";
import { insertSales } from "./finance-data.ts";

const TARGET_P95_MS = 300;

runCli(async ([orders = "100000", runs = "30"]) => {
  // Directly under the tmp dir: as root the cluster belongs to the `postgres` OS user (scratch-database.ts).
  const dataDir = path.join(os.tmpdir(), `mmso-bench-finance-${randomUUID()}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  const client = new pg.Client({ connectionString: server.urlFor("bench") });
  try {
    await ensureDatabase(server.adminUrl, "bench");
    await applyMigrations(server.urlFor("bench"));
    await client.connect();
    let started = performance.now();
    const end = new Date();
    const centerId = await insertSales(client, Number(orders), end);
    // Autovacuum would have run after a bulk load (it also sets the visibility map).
    await client.query("VACUUM ANALYZE");
    const { rows: counts } = await client.query<{ n: string }>("SELECT count(*) AS n FROM ledger_entries WHERE center_id = $1", [centerId]);
    console.log(`inserted ${orders} orders (${counts[0]?.n} ledger lines) and analyzed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // A year of Yangon days ending today.
    const day = (d: Date) => new Date(d.getTime() + 6.5 * 3_600_000).toISOString().slice(0, 10);
    const period = { centerId, from: day(new Date(end.getTime() - 365 * 86_400_000)), to: day(end) };
    const run = async (group: FinanceGroup) => {
      const sql = financeReportSql(group, period);
      return (await client.query(sql.text, sql.values)).rows;
    };
    const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
    const results: { group: FinanceGroup; p50: number; p95: number; rows: number }[] = [];
    for (const group of FINANCE_GROUPS) {
      await run(group); // warm
      const timings: number[] = [];
      let rows = 0;
      for (let i = 0; i < Number(runs); i++) {
        started = performance.now();
        rows = (await run(group)).length;
        timings.push(performance.now() - started);
      }
      timings.sort((a, b) => a - b);
      results.push({ group, p50: at(timings, 50), p95: at(timings, 95), rows });
    }
    console.log(`\n${runs} runs per grouping, ${period.from} … ${period.to}:`);
    for (const r of results) console.log(`${r.group.padEnd(7)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   (${r.rows} rows)`);

    started = performance.now();
    let cursor = FIRST_ORDER_CURSOR;
    let exported = 0;
    let batches = 0;
    for (;;) {
      const sql = financeExportBatchSql(period, cursor, 1_000);
      const { rows } = await client.query<{ order_id: string }>(sql.text, sql.values);
      exported += rows.length;
      batches++;
      if (rows.length < 1_000) break;
      cursor = (rows.at(-1) as { order_id: string }).order_id;
    }
    console.log(`\nCSV export: ${exported} orders in ${batches} batches, ${(performance.now() - started).toFixed(0)} ms`);

    const slowest = [...results].sort((a, b) => b.p95 - a.p95)[0] as (typeof results)[number];
    const sql = financeReportSql(slowest.group, period);
    const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS), group by ${slowest.group}:\n${plan.map((r: Record<string, unknown>) => r["QUERY PLAN"]).join("\n")}`);
    if (process.env.BENCH_EXPLAIN_EXPORT) {
      const batch = financeExportBatchSql(period, FIRST_ORDER_CURSOR, 1_000);
      const { rows: exportPlan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${batch.text}`, batch.values);
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS), first export batch:\n${exportPlan.map((r: Record<string, unknown>) => r["QUERY PLAN"]).join("\n")}`);
    }
    const worst = slowest.p95;
    console.log(`\nslowest p95 ${worst.toFixed(1)} ms (${slowest.group}) ${worst <= TARGET_P95_MS ? "≤" : ">"} target ${TARGET_P95_MS} ms`);
    return worst <= TARGET_P95_MS ? 0 : 1;
  } finally {
    await client.end().catch(() => {});
    await server.stop();
  }
});
