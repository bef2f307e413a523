import "server-only";
import { z } from "zod";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";

const PARKED = ["FAILED", "DEAD"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type DeadLetterDto = {
  id: string;
  kind: string;
  status: "FAILED" | "DEAD";
  attempts: number;
  lastError: string | null;
  /** Only the payload's ids (uuids): other values (a Telegram id, a text) are not shown. */
  refs: Record<string, string>;
  createdAt: string;
  updatedAt: string;
};

export type OutboxHealth = { pending: number; due: number; processing: number; failed: number; dead: number; oldestDueAt: string | null };

function requireOperator(actor: Actor): void {
  if (actor.platformRole !== "PLATFORM_ADMIN") throw new AppError("not_found");
}

function refsOf(payload: unknown): Record<string, string> {
  if (!payload || typeof payload !== "object") return {};
  return Object.fromEntries(Object.entries(payload).filter((entry): entry is [string, string] => typeof entry[1] === "string" && UUID.test(entry[1])));
}

/** The operator's view of the outbox: how much waits, and the parked rows (newest first). */
export async function listDeadLetters(actor: Actor, now = new Date()): Promise<{ health: OutboxHealth; items: DeadLetterDto[] }> {
  requireOperator(actor);
  const [groups, due, oldest, rows] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], where: { status: { not: "DELIVERED" } }, _count: { _all: true } }),
    db.outboxMessage.count({ where: { status: "PENDING", nextAttemptAt: { lte: now } } }),
    db.outboxMessage.findFirst({ where: { status: "PENDING", nextAttemptAt: { lte: now } }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } }),
    db.outboxMessage.findMany({ where: { status: { in: [...PARKED] } }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: 200 }),
  ]);
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return {
    health: { pending: count("PENDING"), due, processing: count("PROCESSING"), failed: count("FAILED"), dead: count("DEAD"), oldestDueAt: oldest?.nextAttemptAt.toISOString() ?? null },
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status as "FAILED" | "DEAD",
      attempts: row.attempts,
      lastError: row.lastError,
      refs: refsOf(row.payload),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}

export const deadLetterAction = z.object({ id: z.uuid(), action: z.enum(["retry", "discard"]) });

/**
 * Retry: the row goes back to the queue with a fresh count of tries (after the operator fixed the
 * cause, e.g. a credential). Discard: the row is deleted, its effect abandoned. Only parked rows can
 * be touched; the decision goes into the activity log.
 */
export async function resolveDeadLetter(actor: Actor, input: z.infer<typeof deadLetterAction>, client?: ClientInfo): Promise<void> {
  requireOperator(actor);
  await db.$transaction(async (tx) => {
    const row = await tx.outboxMessage.findFirst({ where: { id: input.id, status: { in: [...PARKED] } }, select: { id: true, kind: true } });
    if (!row) throw new AppError("not_found");
    if (input.action === "retry") {
      await tx.outboxMessage.update({ where: { id: row.id }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedAt: null } });
    } else {
      await tx.outboxMessage.delete({ where: { id: row.id } });
    }
    await logActivity(tx, { action: `outbox.${input.action}`, actorUserId: actor.userId, targetType: "outbox_message", targetId: row.id, client, metadata: { kind: row.kind } });
  });
}
