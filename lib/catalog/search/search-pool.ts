import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { SEARCH_SESSION_OPTIONS } from "./search-statement";

const globalForPool = globalThis as unknown as { searchPool?: { url: string; pool: pg.Pool } };

/**
 * The connections searches run on (ADR 0015): their session settings (SEARCH_SESSION_OPTIONS) are
 * right for a search and wrong for anything else, which is why they are not the main Prisma pool's.
 * Small on purpose: public search results are cached (lib/cache), so few searches reach it at once.
 */
export function searchPool(): pg.Pool {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`");
  if (globalForPool.searchPool?.url !== connectionString) {
    const pool = new pg.Pool({ connectionString, options: SEARCH_SESSION_OPTIONS, max: 4, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    pool.on("error", () => undefined); // an idle client's lost connection: the pool replaces it
    void globalForPool.searchPool?.pool.end().catch(() => undefined);
    globalForPool.searchPool = { url: connectionString, pool };
  }
  return globalForPool.searchPool.pool;
}
