/**
 * Course search benchmark (npm run bench:search): a throwaway embedded PostgreSQL with the real
 * migrations, 100k synthetic courses, ~200 representative queries through the same SQL as the app
 * (lib/catalog/search/search-sql.ts). Prints p50/p95/p99 and two EXPLAIN (ANALYZE, BUFFERS) plans.
 * Usage: tsx scripts/bench/search.ts [courseCount] [queryCount]   (BENCH_EXPLAIN_SLOWEST=1 also explains the 5 slowest)
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { searchCoursesSql } from "../../lib/catalog/search/search-sql.ts";
import { runSearchStatement, SEARCH_SESSION_OPTIONS, searchStatementName } from "../../lib/catalog/search/search-statement.ts";
import { toSearchTerms } from "../../lib/catalog/search/search-terms.ts";
import { runCli } from "../db/cli.ts";
import { ensureDatabase } from "../db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { applyMigrations } from "../db/schema-engine.ts";
import { benchQueries, insertCatalog } from "./search-data.ts";

const TARGET_P95_MS = 30;

runCli(async ([courses = "100000", queries = "200"]) => {
  // Directly under the tmp dir: as root the cluster belongs to the `postgres` OS user (scratch-database.ts).
  const dataDir = path.join(os.tmpdir(), `mmso-bench-search-${randomUUID()}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  // Seeding runs with default settings; searches on a connection set up as the app's search pool.
  const client = new pg.Client({ connectionString: server.urlFor("bench") });
  const searcher = new pg.Client({ connectionString: server.urlFor("bench"), options: SEARCH_SESSION_OPTIONS });
  try {
    await ensureDatabase(server.adminUrl, "bench");
    await applyMigrations(server.urlFor("bench"));
    await client.connect();
    let started = performance.now();
    await insertCatalog(client, Number(courses));
    // Autovacuum would have run after a bulk load: it also merges the GIN indexes' pending lists,
    // which every trigram search otherwise scans in full.
    await client.query("VACUUM ANALYZE");
    console.log(`inserted ${courses} courses and analyzed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const list = benchQueries(Number(queries));
    await searcher.connect();
    // Exactly what lib/catalog/search/search-courses.ts does: one named prepared statement per shape.
    const run = async (q: string) => {
      const terms = toSearchTerms(q);
      return terms ? runSearchStatement<Record<string, unknown>>(searcher, searchCoursesSql(terms, {}, null, 21)) : [];
    };
    const explain = async (q: string) => {
      const terms = toSearchTerms(q);
      if (!terms) return [];
      const sql = searchCoursesSql(terms, {}, null, 21);
      await runSearchStatement(searcher, sql); // prepared (and its generic plan made) as in the app
      // EXPLAIN EXECUTE takes no bind parameters: the values go in as literals.
      const literal = (value: unknown): string =>
        Array.isArray(value) ? literal(`{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`) : searcher.escapeLiteral(String(value));
      const { rows } = await searcher.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE ${searchStatementName(sql)}(${sql.values.map(literal).join(", ")})`);
      return rows as Record<string, unknown>[];
    };
    for (const q of list.slice(0, 20)) await run(q); // warm the cache and the plan paths
    const timings: { q: string; ms: number; hits: number }[] = [];
    for (const q of list) {
      started = performance.now();
      const rows = await run(q);
      timings.push({ q, ms: performance.now() - started, hits: rows.length });
    }
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
    console.log(`\n${timings.length} queries (first page of 20, one prepared statement each):`);
    console.log(`p50 ${at(50).toFixed(1)} ms   p95 ${at(95).toFixed(1)} ms   p99 ${at(99).toFixed(1)} ms   max ${at(100).toFixed(1)} ms`);
    const slowest = timings.sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log("slowest:", slowest.map((t) => `${t.q} (${t.ms.toFixed(1)} ms, ${t.hits} rows)`).join(" | "));
    for (const q of ["အခြေခံ", "pyhton", ...(process.env.BENCH_EXPLAIN_SLOWEST ? slowest.map((t) => t.q) : [])]) {
      const plan = await explain(q);
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) for "${q}":\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
    const p95 = at(95);
    console.log(`\np95 ${p95.toFixed(1)} ms ${p95 <= TARGET_P95_MS ? "≤" : ">"} target ${TARGET_P95_MS} ms`);
    return 0;
  } finally {
    await client.end().catch(() => {});
    await searcher.end().catch(() => {});
    await server.stop();
  }
});
