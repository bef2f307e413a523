/**
 * The scale bench's in-process measurements on the seeded database, through the app's own code:
 * catalog search as lib/catalog/search/search-courses.ts runs it (its session options and named
 * prepared statements), and the center dashboard's two reports as its pages call them
 * (getCenterOverview for /center/[slug], financeReport for /center/[slug]/finance) for the center
 * with the most orders, signed in as its owner.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { searchCoursesSql } from "../../../lib/catalog/search/search-sql.ts";
import { runSearchStatement, SEARCH_SESSION_OPTIONS } from "../../../lib/catalog/search/search-statement.ts";
import { toSearchTerms } from "../../../lib/catalog/search/search-terms.ts";
import { registerServerOnlyHook } from "../../../lib/jobs/start-in-process.ts";
import { benchQueries } from "../search-data.ts";

export type Percentiles = { n: number; p50: number; p95: number; p99: number; max: number };

export function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

export type SearchResult = Percentiles & { slowest: { q: string; ms: number; hits: number }[] };

/** `count` typed queries (search-data.ts's mix of Burmese, English, typos, names), first page of 20. */
export async function measureSearch(url: string, count: number): Promise<SearchResult> {
  const client = new pg.Client({ connectionString: url, options: SEARCH_SESSION_OPTIONS });
  await client.connect();
  try {
    const run = async (q: string) => {
      const terms = toSearchTerms(q);
      return terms ? runSearchStatement<Record<string, unknown>>(client, searchCoursesSql(terms, {}, null, 21)) : [];
    };
    const list = benchQueries(count);
    for (const q of list.slice(0, 20)) await run(q); // prepared statements and cache, as a running app has them
    const timings: { q: string; ms: number; hits: number }[] = [];
    for (const q of list) {
      const started = performance.now();
      const rows = await run(q);
      timings.push({ q, ms: performance.now() - started, hits: rows.length });
    }
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
    return { ...percentiles(timings.map((t) => t.ms)), slowest };
  } finally {
    await client.end().catch(() => {});
  }
}

export type ReportTiming = { name: string; runs: number[] };
export type CenterReport = { centerSlug: string; orders: number; ledgerLines: number; reports: ReportTiming[] };

/** The center with the most orders, an owner for it, and each dashboard report `runs` times (the first run cold). */
export async function measureCenterReport(url: string, runs: number): Promise<CenterReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let center: { id: string; slug: string; orders: number };
  let ownerId: string;
  try {
    const { rows } = await client.query<{ id: string; slug: string; orders: string }>(
      `SELECT c.id, c.slug, o.n AS orders FROM (SELECT center_id, count(*) AS n FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 1) o JOIN centers c ON c.id = o.center_id`,
    );
    const row = rows[0];
    if (!row) throw new Error("no orders: nothing to report on");
    center = { id: row.id, slug: row.slug, orders: Number(row.orders) };
    const { rows: owner } = await client.query<{ id: string }>(
      `WITH u AS (INSERT INTO users (id, name, locale, updated_at) VALUES ($1, 'Scale bench owner', 'EN', now()) RETURNING id)
       INSERT INTO center_memberships (id, center_id, user_id, role, updated_at) SELECT $2, $3, id, 'OWNER', now() FROM u RETURNING user_id AS id`,
      [randomUUID(), randomUUID(), center.id],
    );
    ownerId = owner[0]?.id as string;
  } finally {
    await client.end();
  }
  process.env.DATABASE_URL = url;
  process.env.APP_MODE ??= "demo";
  registerServerOnlyHook();
  const { getCenterAccess } = await import("../../../lib/access/center-scope.ts");
  const { getCenterOverview } = await import("../../../lib/centers/overview/get-center-overview.ts");
  const { resolveOverviewPeriod } = await import("../../../lib/centers/overview/overview-period.ts");
  const { financeReport } = await import("../../../lib/commerce/reports/finance-report.ts");
  const { db } = await import("../../../lib/db.ts");
  try {
    const access = await getCenterAccess({ userId: ownerId, platformRole: "USER", sessionId: randomUUID(), sessionKind: "web" }, center.id);
    const today = resolveOverviewPeriod({ range: "7" }).to;
    const yearAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
    const reports: [string, () => Promise<unknown>][] = [
      ["overview, last 30 days (/center/[slug])", () => getCenterOverview(access, resolveOverviewPeriod({ range: "30" }), "my")],
      ["overview, last 90 days", () => getCenterOverview(access, resolveOverviewPeriod({ range: "90" }), "my")],
      ["finance, a year by month (/center/[slug]/finance)", () => financeReport(access, { from: yearAgo, to: today, groupBy: "month" }, "my")],
      ["finance, a year by course", () => financeReport(access, { from: yearAgo, to: today, groupBy: "course" }, "my")],
    ];
    const timings: ReportTiming[] = [];
    for (const [name, report] of reports) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await report();
        times.push(performance.now() - started);
      }
      timings.push({ name, runs: times });
    }
    const { rows } = await (async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return await c.query<{ n: string }>("SELECT count(*) AS n FROM ledger_entries WHERE center_id = $1", [center.id]);
      } finally {
        await c.end();
      }
    })();
    return { centerSlug: center.slug, orders: center.orders, ledgerLines: Number(rows[0]?.n ?? 0), reports: timings };
  } finally {
    await db.$disconnect().catch(() => {});
  }
}
