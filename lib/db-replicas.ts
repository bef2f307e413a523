import "server-only";
import { db, newPrismaClient, type Db } from "./db";
import { onShutdown } from "./lifecycle/lifecycle";
import { env } from "./env";
import { isDatabaseUnavailable } from "./http/database-unavailable";
import { describeError, log } from "./log";

/*
 * Read replicas (ADR 0045), opt-in only: a read goes to a replica when, and only when, its caller
 * wraps it in readFromReplica(). The whole list of such callers — keep it this short:
 *  - lib/catalog/cached-catalog.ts: the anonymous catalog (course list and search, a course's page
 *    without an actor, center and instructor pages, categories);
 *  - lib/commerce/reports/: the finance report and its CSV export;
 *  - lib/centers/overview/get-center-overview.ts: the dashboard figures (its setup step excepted).
 * Everything else reads the primary through `db`: anything a person reads right after their own
 * write (me/*, orders, checkout, enrollments and lesson access, the dashboard's editing pages) and
 * every transaction. A replica lags the primary by up to seconds; these reads are already served
 * up to 5 s stale by the public read cache, or are reports of past days, so the lag is invisible.
 */

type Replica = { client: Db; url: string; label: string; downUntil: number };
const globalForReplicas = globalThis as unknown as { replicas?: { key: string; list: Replica[]; next: number } };

/** A replica that does not answer within this is skipped (the primary answers instead). */
const REPLICA_CONNECT_TIMEOUT_MS = 3_000;
/** How long an unreachable replica is left alone before it is tried again. */
const REPLICA_RETRY_AFTER_MS = 30_000;

function replicas(): { list: Replica[]; next: number } {
  const urls = env().DATABASE_REPLICA_URLS;
  const key = urls.join(",");
  if (globalForReplicas.replicas?.key !== key) {
    for (const old of globalForReplicas.replicas?.list ?? []) void old.client.$disconnect().catch(() => undefined);
    const list = urls.map((url, index) => ({
      client: newPrismaClient(url, { connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS }),
      url,
      label: replicaLabel(url, index),
      downUntil: 0,
    }));
    globalForReplicas.replicas = { key, list, next: 0 };
    onShutdown("db.replicas", () => Promise.all(list.map((r) => r.client.$disconnect())).then(() => undefined));
  }
  return globalForReplicas.replicas;
}

/** The next reachable replica, round robin; null when none is configured or all are resting. */
function nextReplica(): Replica | null {
  const state = replicas();
  const now = Date.now();
  for (let i = 0; i < state.list.length; i++) {
    const replica = state.list[(state.next + i) % state.list.length];
    if (replica && replica.downUntil <= now) {
      state.next = (state.next + i + 1) % state.list.length;
      return replica;
    }
  }
  return null;
}

/**
 * Runs a read-only `work` on a replica (round robin), or on the primary when no replica is configured
 * or reachable: a replica that refuses or times out is logged (host, never the password), left alone
 * for 30 s, and `work` runs again on the primary, so a replica outage never fails a request.
 * `work` must only read: it may run twice, and a replica refuses writes.
 */
export async function readFromReplica<T>(work: (reader: Db) => Promise<T>): Promise<T> {
  const replica = nextReplica();
  if (!replica) return work(db);
  try {
    return await work(replica.client);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    replica.downUntil = Date.now() + REPLICA_RETRY_AFTER_MS;
    log.warn("db.replica_unavailable", { replica: replica.label, retryAfterMs: REPLICA_RETRY_AFTER_MS, ...describeError(error) });
    return work(db);
  }
}

/** The connection string behind a reader given by readFromReplica (for pools of their own, e.g. search). */
export function connectionStringOf(reader: Db): string | undefined {
  return replicas().list.find((replica) => replica.client === reader)?.url ?? env().DATABASE_URL;
}

/** `replica 1 (host:port/database)`: what a log line may say about a replica (no user, no password). */
export function replicaLabel(url: string, index: number): string {
  try {
    const parsed = new URL(url);
    return `replica ${index + 1} (${parsed.host}${parsed.pathname})`;
  } catch {
    return `replica ${index + 1}`;
  }
}
