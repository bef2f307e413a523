import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle/lifecycle";
import { SEARCH_SESSION_OPTIONS } from "./search-statement";

const globalForPool = globalThis as unknown as { searchPools?: Map<string, pg.Pool> };

/**
 * The connections searches run on (ADR 0015): their session settings (SEARCH_SESSION_OPTIONS) are
 * right for a search and wrong for anything else, which is why they are not the main Prisma pool's.
 * Small on purpose: public search results are cached (lib/cache), so few searches reach it at once.
 * One pool per server: the primary's (DATABASE_URL) by default, a replica's for the anonymous
 * catalog (`connectionString` from lib/db-replicas.ts, ADR 0045).
 */
export function searchPool(connectionString: string | undefined = env().DATABASE_URL): pg.Pool {
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`");
  if (!globalForPool.searchPools) {
    const created = new Map<string, pg.Pool>();
    globalForPool.searchPools = created;
    onShutdown("db.search-pools", () => Promise.all([...created.values()].map((p) => p.end())).then(() => undefined));
  }
  const pools = globalForPool.searchPools;
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({ connectionString, options: SEARCH_SESSION_OPTIONS, max: 4, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    pool.on("error", () => undefined); // an idle client's lost connection: the pool replaces it
    pools.set(connectionString, pool);
  }
  return pool;
}
