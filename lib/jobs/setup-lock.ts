import "server-only";
import pg from "pg";

/** An arbitrary, fixed advisory-lock key for "registering queues and schedules" (ADR 0047). */
const SETUP_LOCK_KEY = 7_340_117;

/**
 * Runs `setup` while holding a session advisory lock, so instances starting at the same moment
 * register pg-boss queues one after another: two workers creating the same queue's partition at
 * once deadlocked (40P01) in `npm run test:scale-out`. The lock dies with its connection.
 */
export async function withJobSetupLock<T>(connectionString: string, setup: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: "mmso-jobs-setup", connectionTimeoutMillis: 10_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK_KEY]);
    return await setup();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [SETUP_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
