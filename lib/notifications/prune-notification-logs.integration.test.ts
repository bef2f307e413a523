import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { pruneNotificationLogs } from "./prune-notification-logs";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("policy S7: notification logs are pruned on a schedule", () => {
  it("deletes delivery logs, inbox items and delivered outbox rows past their age, and keeps the rest", async () => {
    const user = await createUser();
    const base = { userId: user.id, kind: "COURSE_ANNOUNCEMENT" as const };
    await db.notificationDelivery.createMany({
      data: [
        { ...base, channel: "PUSH", status: "SENT", createdAt: daysAgo(181) },
        { ...base, channel: "PUSH", status: "SENT", createdAt: daysAgo(179) },
      ],
    });
    await db.notification.createMany({
      data: [
        { ...base, title: "old", body: "old", createdAt: daysAgo(366) },
        { ...base, title: "recent", body: "recent", createdAt: daysAgo(10) },
      ],
    });
    const row = (status: "DELIVERED" | "PENDING" | "DEAD", at: Date) => ({ kind: "test.x", payload: {}, idempotencyKey: randomUUID(), status, deliveredAt: status === "DELIVERED" ? at : null, updatedAt: at, createdAt: at });
    await db.outboxMessage.createMany({ data: [row("DELIVERED", daysAgo(31)), row("DELIVERED", daysAgo(29)), row("PENDING", daysAgo(60)), row("DEAD", daysAgo(91))] });

    const counts = await pruneNotificationLogs();
    expect(counts).toMatchObject({ notification_deliveries: 1, notifications: 1, outbox_delivered: 1, outbox_parked: 1 });
    expect(await db.notificationDelivery.count({ where: { userId: user.id } })).toBe(1);
    expect((await db.notification.findMany({ where: { userId: user.id } })).map((n) => n.title)).toEqual(["recent"]);
    // A row still waiting to be delivered is never pruned, however old.
    expect((await db.outboxMessage.findMany({ where: { kind: "test.x" }, orderBy: { createdAt: "asc" } })).map((r) => r.status)).toEqual(["PENDING", "DELIVERED"]);
    const runs = await db.retentionRun.findMany({ where: { job: "notification_deliveries" } });
    expect(runs).toEqual([expect.objectContaining({ deletedCount: 1, finishedAt: expect.any(Date), error: null })]);
  });
});
