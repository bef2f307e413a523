import "server-only";
import { db, type Tx } from "@/lib/db";

/** The NOTIFY channel of public-read invalidations (per database, so test databases never mix). */
export const INVALIDATION_CHANNEL = "mmso_public_reads";

/**
 * The payload is the key prefix, cut to 200 characters: a shorter prefix drops more keys, never
 * fewer, so cutting is safe, and it stays far below PostgreSQL's 8,000-byte payload limit.
 */
export const MAX_PAYLOAD_CHARS = 200;

export const payloadOf = (prefix: string) => prefix.slice(0, MAX_PAYLOAD_CHARS);

/**
 * Tells every instance to drop cached reads under `prefix`. Through the main Prisma pool (NOTIFY,
 * unlike LISTEN, works through PgBouncer in transaction mode). Inside `tx` the notification is
 * queued and PostgreSQL delivers it when that transaction commits, and never if it rolls back.
 */
export async function publishInvalidation(prefix: string, tx?: Tx): Promise<void> {
  await (tx ?? db).$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${payloadOf(prefix)})`;
}
