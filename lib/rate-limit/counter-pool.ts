import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle/lifecycle";

const globalForPool = globalThis as unknown as { counterPool?: pg.Pool };

/**
 * A small connection pool of its own for security counters (rate-limit buckets, OTP tries).
 * They are written while a caller's transaction is open and must survive its rollback, so they
 * cannot use that transaction; and taking a second connection from the main Prisma pool would
 * deadlock once every main connection is held by a transaction waiting for one more (seen with
 * 12 concurrent OTP checks on a pool of 10). Statements here are single autocommit updates.
 */
export function counterPool(): pg.Pool {
  if (!globalForPool.counterPool) {
    const connectionString = env().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`");
    const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    pool.on("error", () => undefined); // an idle client's lost connection: the pool replaces it
    globalForPool.counterPool = pool;
    onShutdown("db.counter-pool", () => pool.end());
  }
  return globalForPool.counterPool;
}
