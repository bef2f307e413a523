/*
 * Whether an error means "the database cannot be reached right now" (down, restarting, out of
 * connections, the pool saturated): a retry can succeed, so the answer is 503 with Retry-After,
 * never 500. PostgreSQL, pg and Prisma say it in different places, all of which are looked at:
 * - node and pg socket errors: `code` ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE;
 * - PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (admin or crash shutdown,
 *   starting up), 53300 (too many connections);
 * - Prisma codes: P1001/P1002 (unreachable), P1008 (socket timeout), P1017 (connection closed),
 *   P2024 (pool timeout), P2028 (a transaction could not start or outlived its timeout);
 * - Prisma 7's driver adapter: P2010 (raw query) and P2039 (database error) carry the pg error
 *   in `meta.driverAdapterError.cause` as `kind` (DatabaseNotReachable, ConnectionClosed,
 *   SocketTimeout, TooManyConnections) or `originalCode` (the SQLSTATE);
 * - pg errors that have only words: "Connection terminated unexpectedly", the pool's "timeout
 *   exceeded when trying to connect", "Client has encountered a connection error".
 * Found by scripts/fault/pg-restart.ts: before this, a restart of PostgreSQL answered 500s.
 */
const CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE",
  "08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300",
  "P1001", "P1002", "P1008", "P1017", "P2024", "P2028",
]);
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = /timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)/i;

/** True when `error` (or anything it wraps) says the database is unreachable or saturated right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const node = current as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof node.code === "string" && CODES.has(node.code)) return true;
    if (typeof node.originalCode === "string" && CODES.has(node.originalCode)) return true;
    if (typeof node.kind === "string" && KINDS.has(node.kind)) return true;
    if (typeof node.message === "string" && MESSAGES.test(node.message)) return true;
    queue.push(node.cause, node.meta?.driverAdapterError);
  }
  return false;
}
