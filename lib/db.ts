import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementName } from "./db-statement-names";
import { env } from "./env";
import { onShutdown } from "./lifecycle/lifecycle";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = env().DATABASE_URL;
  // npm start and the test harness set it for the embedded PostgreSQL; production requires it.
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`");
  // connectionTimeoutMillis bounds both a new connection and the wait for a free one: with pg's
  // default (none) a request could hang for as long as PostgreSQL is unreachable; now it fails
  // within 10 s and is answered 503 (lib/http/database-unavailable.ts). Broken idle connections
  // are dropped by the pool, so the app recovers by itself when PostgreSQL is back
  // (scripts/fault/pg-restart.ts).
  // Statements are prepared by name (lib/db-statement-names.ts); maxUses retires a connection, and
  // with it the statements it prepared, after 10,000 checkouts, so per-connection caches stay bounded.
  return newPrismaClient(connectionString);
}

/** Pool options of the primary's client; the replicas' (lib/db-replicas.ts) start from them. */
export const PRISMA_POOL_OPTIONS = { max: 10, connectionTimeoutMillis: 10_000, maxUses: 10_000 } as const;

/** A Prisma client on `connectionString` with the app's adapter: pooled, statements named by their SQL (ADR 0041). */
export function newPrismaClient(connectionString: string, pool: { connectionTimeoutMillis?: number } = {}): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, ...PRISMA_POOL_OPTIONS, ...pool },
    { statementNameGenerator: (query) => statementName(query.sql) },
  );
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const created = createClient();
    globalForPrisma.prisma = created;
    // Graceful shutdown closes the pool after the last request (ADR 0047).
    onShutdown("db.primary", () => created.$disconnect());
  }
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client of the process (kept across hot reloads in development). Created on first
 * use, so that importing a module never needs a database (e.g. during `next build`).
 */
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client()) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
