/**
 * The "scale" section of docs/benchmarks.md and its verdicts. Targets: search p95 ≤ 30 ms (ADR
 * 0014, stricter than issue 9's brief of 150 ms), the finance report ≤ 300 ms (ADR 0024, issue 6),
 * the dashboard overview ≤ 2 s, the API's p99 ≤ 60 ms at 32 connections (issue 9) — quiet and
 * while the retention job prunes.
 */
import { table, verdict } from "../lib/benchmarks-doc.ts";
import { gib, type Prepared, type SizeRow } from "./database.ts";
import type { Load, Pruning } from "./measure-api.ts";
import type { CenterReport, SearchResult } from "./measure-db.ts";
import type { SeedSizes } from "./seed.ts";

export const TARGETS = { searchP95: 30, financeMs: 300, overviewMs: 2000, apiP99: 60 };

type Input = {
  scale: number;
  sizes: SeedSizes;
  prepared: Prepared;
  size: { total: number; tables: SizeRow[] };
  search: SearchResult;
  center: CenterReport;
  quiet: Load[];
  during: Load[];
  pruning: Pruning;
  connections: number;
  seconds: number;
};

const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export function scaleReport(input: Input): { markdown: string; allMet: boolean } {
  const { sizes, prepared, size, search, center, quiet, during, pruning } = input;
  const n = (x: number) => x.toLocaleString("en");
  const seeded = prepared.reused
    ? "Seed: reused from an earlier run (`--reuse`)."
    : `Seed: ${prepared.seedSeconds.toFixed(0)} s in all (migrations, base and demo seed included).\n\n${table(
        ["step", "rows", "seconds", "rows/s"],
        prepared.steps.map((s) => [s.table, n(s.rows), s.seconds.toFixed(1), s.rows ? n(Math.round(s.rows / s.seconds)) : ""]),
      )}`;
  const sizeTable = table(["table", "rows (ANALYZE)", "size with indexes"], size.tables.map((t) => [t.table, n(t.rows), gib(t.bytes)]));
  const reportRows = center.reports.map((r) => [r.name, r.runs.map((x) => x.toFixed(0)).join(" / "), ms(median(r.runs)), ms(Math.max(...r.runs))]);
  const apiRows = quiet.flatMap((q, i) => {
    const d = during[i] as Load;
    return [
      [q.name, "quiet", q.rps.toFixed(0), q.p50, q.p99, q.errors],
      [d.name, "while pruning", d.rps.toFixed(0), d.p50, d.p99, d.errors],
    ];
  });
  const worst = (name: string) => Math.max(...(center.reports.filter((r) => r.name.startsWith(name)).flatMap((r) => r.runs)));
  const finance = worst("finance");
  const overview = worst("overview");
  const checks: [string, boolean, string, string][] = [
    ["catalog search p95", search.p95 <= TARGETS.searchP95, ms(search.p95), `≤ ${TARGETS.searchP95} ms, ADR 0014`],
    ["finance report, worst run", finance <= TARGETS.financeMs, ms(finance), `≤ ${TARGETS.financeMs} ms, ADR 0024`],
    ["dashboard overview, worst run", overview <= TARGETS.overviewMs, ms(overview), `≤ ${TARGETS.overviewMs / 1000} s`],
    ...quiet.map((q): [string, boolean, string, string] => [`${q.name} p99, quiet`, q.p99 <= TARGETS.apiP99 && q.errors === 0, `${q.p99} ms, ${q.errors} errors`, `≤ ${TARGETS.apiP99} ms`]),
    ...during.map((d): [string, boolean, string, string] => [`${d.name} p99 while pruning`, d.p99 <= TARGETS.apiP99 && d.errors === 0, `${d.p99} ms, ${d.errors} errors`, `≤ ${TARGETS.apiP99} ms`]),
  ];
  const markdown = `Sizes (scale ${input.scale}): ${n(sizes.courses)} courses in ${n(sizes.centers)} centers, ${n(sizes.students)} students, ${n(sizes.orders)} orders, ${n(sizes.oldEvents)} usage events past retention and ${n(sizes.recentEvents)} recent ones. Database: ${gib(size.total)}.

${seeded}

Biggest tables:

${sizeTable}

Catalog search (${search.n} queries, first page, the app's prepared statements): p50 ${ms(search.p50)}, p95 ${ms(search.p95)}, p99 ${ms(search.p99)}, max ${ms(search.max)}. Slowest: ${search.slowest.map((s) => `"${s.q}" ${ms(s.ms)} (${s.hits} rows)`).join("; ")}.

Center dashboard for the biggest center (\`${center.centerSlug}\`: ${n(center.orders)} orders, ${n(center.ledgerLines)} ledger lines), as its owner, ${center.reports[0]?.runs.length ?? 0} runs each (the first cold):

${table(["report", "runs (ms)", "median", "worst"], reportRows)}

API under autocannon (${input.connections} connections, ${input.seconds} s per row, production server with its jobs):

${table(["endpoint", "when", "req/s", "p50 ms", "p99 ms", "errors"], apiRows)}

Retention (\`privacy.retention\` through pg-boss, default batch and pause): ${n(pruning.deleted)} usage events pruned in ${pruning.seconds.toFixed(1)} s — ${n(Math.round(pruning.deleted / pruning.seconds))} rows/s; job ${pruning.jobState}${pruning.finishedDuringLoad ? " (it ended before the load did: the last rows ran quiet)" : ""}.

${checks.map(([label, ok, figure, target]) => verdict(label, ok, figure, target)).join("\n")}`;
  return { markdown, allMet: checks.every(([, ok]) => ok) };
}
