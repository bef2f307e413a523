/**
 * Seeds the scale bench database: 100k courses, 1M students, 3M orders with their
 * payments, refunds, ledger lines, daily sums and enrollments, 5M usage events past retention and
 * 1M recent ones, times `scale`. Server-side INSERT … SELECT only (seed-sql.ts). Bulk tables load
 * with `session_replication_role = replica`: the rows are consistent by construction, so the
 * per-row foreign-key triggers are skipped; the one statement trigger they also skip
 * (finance_daily, ADR 0024) is replaced by its own migration's backfill, run once at the end.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { CENTERS, MODIFIERS, TOPICS } from "../search-data.ts";
import * as q from "./seed-sql.ts";

export type SeedSizes = { courses: number; students: number; orders: number; oldEvents: number; recentEvents: number; centers: number; teachers: number };

export function sizesFor(scale: number): SeedSizes {
  const n = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  return { courses: n(100_000, 500), students: n(1_000_000, 1_000), orders: n(3_000_000, 3_000), oldEvents: n(5_000_000, 5_000), recentEvents: n(1_000_000, 1_000), centers: n(2_000, 10), teachers: n(2_000, 10) };
}

// Name syllables [English, Burmese] and honorifics, so that teacher and student names look real and repeat as real ones do.
const SYLLABLES: [string, string][] = [
  ["Hla", "လှ"], ["Aung", "အောင်"], ["Kyaw", "ကျော်"], ["Zaw", "ဇော်"], ["Min", "မင်း"], ["Thu", "သူ"], ["Su", "စု"], ["Khin", "ခင်"], ["Win", "ဝင်း"], ["Myat", "မြတ်"],
  ["Thida", "သီတာ"], ["Nyein", "ငြိမ်း"], ["Htet", "ထက်"], ["Naing", "နိုင်"], ["Phyo", "ဖြိုး"], ["Ei", "အိ"], ["Moe", "မိုး"], ["Tun", "ထွန်း"], ["Yin", "ယဉ်"], ["Nwe", "နွယ်"],
];
const HONORIFICS: [string, string][] = [["Daw", "ဒေါ်"], ["U", "ဦး"], ["Ko", "ကို"], ["Ma", "မ"], ["Saya", "ဆရာ "]];
const en = <T extends [string, string]>(list: T[]) => list.map((x) => x[0]);
const my = <T extends [string, string]>(list: T[]) => list.map((x) => x[1]);

export type SeedStep = { table: string; rows: number; seconds: number };

/** Runs every step on `client` (its own session: the pg_temp helpers live there); returns the timings. */
export async function seedScale(client: pg.Client, sizes: SeedSizes, say: (line: string) => void): Promise<SeedStep[]> {
  const steps: SeedStep[] = [];
  const step = async (table: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, values);
    const seconds = (performance.now() - started) / 1000;
    steps.push({ table, rows: result.rowCount ?? 0, seconds });
    say(`  ${table.padEnd(28)} ${String(result.rowCount ?? 0).padStart(10)} rows  ${seconds.toFixed(1).padStart(6)} s`);
  };
  for (const helper of q.HELPERS) await client.query(helper);
  const { rows: categories } = await client.query<{ id: string }>("SELECT id FROM categories ORDER BY position, id");
  if (categories.length === 0) throw new Error("no categories: the base seed must run first");

  await step("centers", q.CENTERS_SQL, [en(CENTERS), my(CENTERS), sizes.centers]);
  await step("users (teachers)", q.TEACHER_USERS_SQL, [sizes.teachers]);
  await step("instructor_profiles", q.TEACHERS_SQL, [en(SYLLABLES), my(SYLLABLES), en(HONORIFICS), my(HONORIFICS), sizes.teachers]);
  // Courses keep their row trigger (the search title, ADR 0015).
  await step("courses", q.COURSES_SQL, [en(TOPICS), my(TOPICS), en(MODIFIERS), my(MODIFIERS), sizes.courses, sizes.centers, categories.map((c) => c.id)]);
  // Secondary indexes are built once after the load (a sorted build) instead of row by row.
  const rebuild = await dropSecondaryIndexes(client, BULK_TABLES);
  await client.query("SET session_replication_role = replica");
  await step("course_instructors", q.COURSE_TEACHERS_SQL, [sizes.courses, sizes.centers, sizes.teachers]);
  await step("users (students)", q.STUDENTS_SQL, [en(SYLLABLES), my(SYLLABLES), sizes.students]);
  await client.query("DROP TABLE IF EXISTS _scale_orders, _scale_courses");
  await step("(course ids, unlogged)", q.COURSE_STAGE_SQL, [sizes.courses, sizes.centers]);
  await step("(order plan, unlogged)", q.ORDER_STAGE_SQL, [sizes.orders, sizes.courses, sizes.students]);
  await step("orders", q.ORDERS_SQL);
  await step("payments", q.PAYMENTS_SQL);
  await step("refunds", q.REFUNDS_SQL);
  await step("ledger_entries", q.LEDGER_SQL);
  await step("enrollments", q.ENROLLMENTS_SQL);
  await step("usage_events (past retention)", q.USAGE_EVENTS_SQL, [sizes.oldEvents, sizes.courses, 400, 400, sizes.students]);
  await step("usage_events (recent)", q.USAGE_EVENTS_SQL, [sizes.recentEvents, sizes.courses, 0, 90, sizes.students]);
  await client.query("RESET session_replication_role");
  await client.query("DROP TABLE _scale_orders, _scale_courses");
  await client.query("SET maintenance_work_mem = '512MB'");
  const started = performance.now();
  for (const definition of rebuild) await client.query(definition);
  steps.push({ table: `${rebuild.length} indexes rebuilt`, rows: 0, seconds: (performance.now() - started) / 1000 });
  say(`  ${`${rebuild.length} indexes rebuilt`.padEnd(28)} ${"".padStart(10)}       ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  await client.query("TRUNCATE finance_daily");
  // Statistics first: right after a bulk load the planner knows nothing of the 10M ledger lines and
  // chose a plan for the backfill that ran past 16 minutes at scale 1 (ran out of the deadline).
  await client.query("ANALYZE ledger_entries, orders, payments");
  await client.query("SET work_mem = '256MB'");
  await step("finance_daily (backfill)", financeBackfillSql());
  await client.query("RESET work_mem");
  return steps;
}

/**
 * For `--reuse`: the events past retention that an earlier run's pruning removed, inserted again
 * so that every run prunes the same number of rows. Returns how many were added.
 */
export async function topUpOldEvents(client: pg.Client, sizes: SeedSizes): Promise<number> {
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM usage_events WHERE at < now() - interval '400 days'");
  const missing = sizes.oldEvents - (rows[0]?.n ?? 0);
  if (missing <= 0) return 0;
  for (const helper of q.HELPERS) await client.query(helper);
  await client.query("DROP TABLE IF EXISTS _scale_courses");
  await client.query(q.COURSE_STAGE_SQL, [sizes.courses, sizes.centers]);
  await client.query(q.USAGE_EVENTS_SQL, [missing, sizes.courses, 400, 400, sizes.students]);
  await client.query("DROP TABLE _scale_courses");
  await client.query("VACUUM (ANALYZE) usage_events");
  return missing;
}

const BULK_TABLES = ["users", "orders", "payments", "refunds", "ledger_entries", "enrollments", "usage_events", "course_instructors"];

/**
 * Drops the tables' indexes other than primary keys and returns their definitions. An index a
 * constraint depends on (the target of a composite foreign key) cannot go and stays.
 */
async function dropSecondaryIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refobjid = i.indexrelid AND d.classid = 'pg_constraint'::regclass)`,
    [tables],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.definition);
}

/** The backfill statement of the finance_daily migration: the very sums its trigger keeps. */
function financeBackfillSql(): string {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const file = path.join(dir, "20261125024332_finance_daily", "migration.sql");
  const text = readFileSync(file, "utf8");
  const marker = "-- The lines already posted.";
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${file}: backfill not found`);
  return text.slice(at + marker.length).trim();
}
