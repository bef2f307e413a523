import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { actorFor } from "@/lib/testing/staff-factories";
import { listDeadLetters, resolveDeadLetter } from "./dead-letters";
import { drainOutbox } from "./drain";
import { PermanentFailure } from "./types";

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

async function parkedRow() {
  const orderId = randomUUID();
  const { id } = await db.outboxMessage.create({ data: { kind: "test.remove", payload: { orderId, telegramId: "987654321" }, idempotencyKey: randomUUID() } });
  await drainOutbox({ handlers: { "test.remove": async () => Promise.reject(new PermanentFailure("chat_not_found")) } });
  return { orderId, row: await db.outboxMessage.findUniqueOrThrow({ where: { id } }) };
}

describe("the operator's dead letters", () => {
  it("shows parked rows with their ids only, and the queue's health, to platform admins only", async () => {
    const operator = actorFor(await createUser({ role: "PLATFORM_ADMIN" }));
    const { orderId, row } = await parkedRow();
    await db.outboxMessage.create({ data: { kind: "test.waiting", payload: {}, idempotencyKey: randomUUID(), nextAttemptAt: new Date(Date.now() - 1000) } });

    const view = await listDeadLetters(operator);
    expect(view.health).toMatchObject({ pending: 1, due: 1, processing: 0, failed: 1, dead: 0, oldestDueAt: expect.any(String) });
    expect(view.items).toEqual([expect.objectContaining({ id: row.id, kind: "test.remove", status: "FAILED", attempts: 1, lastError: "chat_not_found", refs: { orderId } })]);
    // A Telegram id is personal data (S1.3): the view never shows it.
    expect(JSON.stringify(view)).not.toContain("987654321");

    await expect(listDeadLetters(actorFor(await createUser()))).rejects.toMatchObject({ code: "not_found" });
  });

  it("retries a parked row with fresh tries, or discards it, and logs the decision", async () => {
    const operator = actorFor(await createUser({ role: "PLATFORM_ADMIN" }));
    const first = await parkedRow();
    await expect(resolveDeadLetter(actorFor(await createUser()), { id: first.row.id, action: "retry" })).rejects.toMatchObject({ code: "not_found" });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: first.row.id } })).status).toBe("FAILED");

    await resolveDeadLetter(operator, { id: first.row.id, action: "retry" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: first.row.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await drainOutbox({ handlers: { "test.remove": async () => undefined } })).toMatchObject({ delivered: 1 });
    // A delivered row is no longer the operator's to touch.
    await expect(resolveDeadLetter(operator, { id: first.row.id, action: "discard" })).rejects.toMatchObject({ code: "not_found" });

    const second = await parkedRow();
    await resolveDeadLetter(operator, { id: second.row.id, action: "discard" });
    expect(await db.outboxMessage.findUnique({ where: { id: second.row.id } })).toBeNull();
    const log = await db.activityLog.findMany({ where: { actorUserId: operator.userId }, orderBy: { createdAt: "asc" } });
    expect(log.map((entry) => [entry.action, entry.targetId, entry.metadata])).toEqual([
      ["outbox.retry", first.row.id, { kind: "test.remove" }],
      ["outbox.discard", second.row.id, { kind: "test.remove" }],
    ]);
  });
});
