import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type OutboxEntry = {
  /** "resource.event", e.g. "course.published.followers"; a string so a new kind needs no migration. */
  kind: string;
  /** Ids only where possible: the worker loads what it needs at delivery time. */
  payload: Prisma.InputJsonValue;
  /** The same key is written once: a retried or repeated change cannot send a side effect twice. */
  idempotencyKey: string;
};

/**
 * Writes one outbox row inside the caller's transaction (flows.md, flow 4); the worker delivers it
 * later. Returns `created: false` when a row with the key already exists.
 */
export async function enqueueOutbox(tx: Tx, entry: OutboxEntry): Promise<{ created: boolean }> {
  const { count } = await tx.outboxMessage.createMany({
    data: [{ kind: entry.kind, payload: entry.payload, idempotencyKey: entry.idempotencyKey }],
    skipDuplicates: true,
  });
  return { created: count === 1 };
}
