import { db } from "@/lib/db";

/**
 * Writes a refused request may make by design: the audit row of a failed sign-in, the try counter
 * of a one-time code (both outside the request's transaction on purpose, lib/auth/otp/otp-failures.ts),
 * and a session's last-seen time, touched when a valid token authenticates, before the input is
 * read (lib/auth/touch-last-seen.ts, at most once per resolution). Rate-limit counters are not watched.
 */
export const WRITES_ALLOWED_ON_REFUSAL = new Set(["activity_logs:INSERT", "otp_challenges:UPDATE", "mobile_sessions:UPDATE"]);

const UNWATCHED = new Set(["rate_limit_buckets", "_prisma_migrations", "fuzz_write_log"]);

/**
 * Records every row written to any table of this test file's database (a row trigger per table),
 * so "a 4xx changes nothing" covers updates and deletes too, at the cost of one query per run.
 * A rolled-back transaction takes its log rows with it, exactly as it takes its writes.
 */
export async function installWriteLog(): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE fuzz_write_log (table_name text NOT NULL, op text NOT NULL)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_write_log VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  for (const { name } of tables.filter((t) => !UNWATCHED.has(t.name))) {
    await db.$executeRawUnsafe(`CREATE TRIGGER fuzz_write AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_write()`);
  }
}

/**
 * The writes since the last call, as `table:OP` with counts, and a reset of the rate-limit
 * counters so that a limit reached by earlier runs does not hide the validation under test.
 */
export async function takeWrites(): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ key: string; n: number }[]>(`
    WITH cleared AS (DELETE FROM rate_limit_buckets RETURNING 1),
         taken AS (DELETE FROM fuzz_write_log RETURNING table_name || ':' || op AS key)
    SELECT key, count(*)::int AS n FROM taken GROUP BY key`);
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

/** The writes a refusal must not make, as `table:OP ×n`. */
export function forbiddenWrites(writes: Record<string, number>): string[] {
  return Object.entries(writes)
    .filter(([key]) => !WRITES_ALLOWED_ON_REFUSAL.has(key))
    .map(([key, n]) => `${key} ×${n}`);
}

/**
 * After a success: waits until no more writes arrive (a handler may record something without
 * awaiting it, e.g. the catalog's search log, ADR 0021), so they are not blamed on the next run.
 */
export async function settleWrites(quietMs = 30, maxMs = 1_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  do {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    if (Object.keys(await takeWrites()).length === 0) return;
  } while (Date.now() < deadline);
}
