import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { drainOutbox } from "@/lib/outbox/drain";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { RetryLater, type OutboxBatchHandler } from "@/lib/outbox/types";
import { issueMobileSession, revokeMobileSession } from "@/lib/auth/mobile-tokens";
import { createUser, unique } from "@/lib/testing/factories";
import { createDevice, pushMessage } from "@/lib/testing/push-factories";
import { TEST_CLIENT } from "@/lib/testing/sign-in";
import { sendPushBatch } from "./send-push-batch";

const exists = async (id: string) => (await db.deviceToken.count({ where: { id } })) === 1;

describe("sendPushBatch through the push sandbox", () => {
  it("prunes a dead token after an UNREGISTERED answer; the person's other token stays and gets the message", async () => {
    const user = await createUser();
    const dead = await createDevice(user.id, { prefix: "sandbox-unregistered-" });
    const alive = await createDevice(user.id, { platform: "IOS" });

    const [result] = await sendPushBatch([pushMessage(user.id, { title: "Quiz graded", body: "You scored 9/10" })]);

    expect(result).toEqual({ status: "SENT" });
    expect(await exists(dead.id)).toBe(false);
    expect(await exists(alive.id)).toBe(true);
    const got = await listDevMessages({ to: alive.token });
    expect(got).toEqual([expect.objectContaining({ channel: "PUSH", to: alive.token, subject: "Quiz graded", body: "Quiz graded\nYou scored 9/10" })]);
    expect(await listDevMessages({ to: dead.token })).toEqual([]);
  });

  it("prunes tokens answered invalid-argument and SENDER_ID_MISMATCH; a person left with none is all_tokens_dead", async () => {
    const [gone, other] = [await createUser(), await createUser()];
    const invalid = await createDevice(gone.id, { prefix: "sandbox-invalid-" });
    const mismatch = await createDevice(gone.id, { prefix: "sandbox-mismatch-", platform: "WEB" });
    await createDevice(other.id);

    const results = await sendPushBatch([pushMessage(gone.id), pushMessage(other.id)]);

    expect(results).toEqual([{ status: "SKIPPED", reason: "all_tokens_dead" }, { status: "SENT" }]);
    expect(await exists(invalid.id)).toBe(false);
    expect(await exists(mismatch.id)).toBe(false);
  });

  it("answers RetryLater only for the messages whose devices were unavailable, and keeps their tokens", async () => {
    const [busy, quota, fine] = [await createUser(), await createUser(), await createUser()];
    const busyDevice = await createDevice(busy.id, { prefix: "sandbox-unavailable-" });
    await createDevice(quota.id, { prefix: "sandbox-quota-" });
    await createDevice(fine.id);

    const results = await sendPushBatch([pushMessage(busy.id), pushMessage(quota.id), pushMessage(fine.id)]);

    expect(results[0]).toBeInstanceOf(RetryLater);
    expect((results[0] as RetryLater).code).toBe("push_unavailable");
    expect((results[1] as RetryLater).code).toBe("push_quota_exceeded");
    expect(results[2]).toEqual({ status: "SENT" });
    expect(await exists(busyDevice.id)).toBe(true);
  });

  it("skips a person without devices, and never pushes to a revoked session's device or a deactivated account", async () => {
    const [nobody, loggedOut, deactivated] = [await createUser(), await createUser(), await createUser({ status: "DEACTIVATED" })];
    const deactivatedDevice = await createDevice(deactivated.id);
    await db.$transaction((tx) => issueMobileSession(tx, { id: loggedOut.id }, TEST_CLIENT));
    const sessionId = (await db.mobileSession.findFirstOrThrow({ where: { userId: loggedOut.id }, select: { id: true } })).id;
    const device = await createDevice(loggedOut.id, { sessionId });
    // Revoked by some path that does not delete tokens itself (e.g. account deactivation): still excluded.
    await db.mobileSession.update({ where: { id: sessionId }, data: { revokedAt: new Date(), revokedReason: "ACCOUNT_DEACTIVATED" } });

    const results = await sendPushBatch([pushMessage(nobody.id), pushMessage(loggedOut.id), pushMessage(deactivated.id)]);

    expect(results).toEqual([
      { status: "SKIPPED", reason: "no_device" },
      { status: "SKIPPED", reason: "no_device" },
      { status: "SKIPPED", reason: "no_device" },
    ]);
    expect(await listDevMessages({ to: device.token })).toEqual([]);
    expect(await listDevMessages({ to: deactivatedDevice.token })).toEqual([]);
    await revokeMobileSession(sessionId, "LOGOUT");
    expect(await exists(device.id)).toBe(false);
  });

  it("runs the whole path from outbox rows: delivered, retried, and dead-lettered rows", async () => {
    const [fine, busy, refused] = [await createUser(), await createUser(), await createUser()];
    const fineDevice = await createDevice(fine.id);
    await createDevice(busy.id, { prefix: "sandbox-unavailable-" });
    await createDevice(refused.id, { prefix: "sandbox-rejected-" });
    const kind = unique("test.push");
    const payload = z.object({ userId: z.uuid() });
    // A stand-in for notification.deliver's batch handler: one ChannelMessage per row.
    const handler: OutboxBatchHandler = async (jobs) => {
      const results = await sendPushBatch(jobs.map((job) => pushMessage(payload.parse(job.payload).userId, { idempotencyKey: job.idempotencyKey })));
      return results.map((r) => (r instanceof Error ? r : undefined));
    };
    await db.$transaction(async (tx) => {
      for (const user of [fine, busy, refused]) await enqueueOutbox(tx, { kind, payload: { userId: user.id }, idempotencyKey: unique("k") });
    });

    const counts = await drainOutbox({ handlers: { [kind]: { batch: handler } } });

    expect(counts).toMatchObject({ claimed: 3, delivered: 1, retried: 1, dead: 1 });
    expect(await listDevMessages({ to: fineDevice.token })).toHaveLength(1);
    const rows = await db.outboxMessage.findMany({ where: { kind }, select: { status: true, lastError: true } });
    expect(rows.map((r) => `${r.status}:${r.lastError}`).sort()).toEqual(["DELIVERED:null", "FAILED:push_rejected", "PENDING:push_unavailable"]);
  });
});
