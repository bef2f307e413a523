import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { MessageSender } from "@/lib/messaging/message";
import { DeliveryError } from "@/lib/messaging/message";
import { MAX_ATTEMPTS } from "@/lib/outbox/backoff";
import { drainOutbox } from "@/lib/outbox/drain";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";
import { createAnnouncement } from "../announcements/create-announcement";
import { createAnnouncementStudent, createAnnouncingCenter } from "@/lib/testing/notification-factories";
import { createNotifiedPerson, deliverJobsOf, jobOf, recordingSenders, setPreference } from "@/lib/testing/notify-factories";
import { DELIVER_KIND, notifyUsers } from "../notify-users";
import { createDeliverHandler } from "./deliver-notification";
import { createEmailChannelSender } from "./email-channel-sender";

const text = { title: "Refund sent", body: "Money back" };

async function fanOut(userIds: string[], keyPrefix = `deliver-test:${crypto.randomUUID()}`) {
  await db.$transaction((tx) =>
    notifyUsers(tx, { kind: "REFUND_UPDATE", recipients: userIds, render: () => text, data: { orderId: "0196f3a2-7c1b-7d2e-8f00-123456789012" }, keyPrefix }),
  );
  return keyPrefix;
}

const logOf = (userId: string) =>
  db.notificationDelivery.findMany({ where: { userId, outboxId: { not: null } }, select: { channel: true, status: true, errorCode: true, outboxId: true, notificationId: true } });

describe("notification.deliver: the delivery worker", () => {
  it("sends push in one batch and email one by one, in the reader's text, and logs one SENT row per outbox row", async () => {
    const a = await createNotifiedPerson({ device: true, email: true });
    const b = await createNotifiedPerson({ device: true });
    await fanOut([a.id, b.id]);
    const jobs = [...(await deliverJobsOf(a.id)), ...(await deliverJobsOf(b.id))];
    expect(jobs).toHaveLength(3);
    const { senders, sent, pushCalls } = recordingSenders();

    expect(await createDeliverHandler(senders).batch(jobs)).toEqual([undefined, undefined, undefined]);
    expect(pushCalls).toEqual([2]);
    const inbox = await db.notification.findFirstOrThrow({ where: { userId: a.id } });
    expect(sent.find((m) => m.channel === "PUSH" && m.userId === a.id)).toMatchObject({
      kind: "REFUND_UPDATE",
      ...text,
      data: { orderId: "0196f3a2-7c1b-7d2e-8f00-123456789012", notificationId: inbox.id },
      idempotencyKey: jobs.find((j) => j.idempotencyKey.includes(`:PUSH:${a.id}`))?.idempotencyKey,
    });
    expect(sent.map((m) => m.channel).sort()).toEqual(["EMAIL", "PUSH", "PUSH"]);
    expect((await logOf(a.id)).map((d) => [d.channel, d.status, d.notificationId]).sort()).toEqual([
      ["EMAIL", "SENT", inbox.id],
      ["PUSH", "SENT", inbox.id],
    ]);

    // A re-run of rows already logged (a crash before the worker marked them delivered) sends nothing.
    expect(await createDeliverHandler(senders).batch(jobs)).toEqual([undefined, undefined, undefined]);
    expect(sent).toHaveLength(3);
    expect(await logOf(a.id)).toHaveLength(2);
  });

  it("policy S2: a disabled preference sends nothing", async () => {
    const person = await createNotifiedPerson({ device: true, email: true });
    await fanOut([person.id]);
    const jobs = await deliverJobsOf(person.id);
    expect(jobs.map((j) => (j.payload as { channel: string }).channel).sort()).toEqual(["EMAIL", "PUSH"]);
    // After the fan-out, the person turns push off: the worker re-checks and sends nothing on it.
    await setPreference(person.id, "REFUND_UPDATE", "PUSH", false);
    const { senders, sent, pushCalls } = recordingSenders();

    expect(await createDeliverHandler(senders).batch(jobs)).toEqual([undefined, undefined]);
    expect(pushCalls).toEqual([]);
    expect(sent.map((m) => m.channel)).toEqual(["EMAIL"]);
    expect((await logOf(person.id)).map((d) => [d.channel, d.status, d.errorCode]).sort()).toEqual([
      ["EMAIL", "SENT", null],
      ["PUSH", "SKIPPED", "preference_off"],
    ]);
  });

  it("skips a deactivated person, a removed device, and a deleted person; nothing is sent", async () => {
    const deactivated = await createNotifiedPerson({ device: true });
    const unplugged = await createNotifiedPerson({ device: true });
    const deleted = await createNotifiedPerson({ device: true });
    await fanOut([deactivated.id, unplugged.id, deleted.id]);
    const jobs = [...(await deliverJobsOf(deactivated.id)), ...(await deliverJobsOf(unplugged.id)), ...(await deliverJobsOf(deleted.id))];
    await db.user.update({ where: { id: deactivated.id }, data: { status: "DEACTIVATED" } });
    await db.deviceToken.deleteMany({ where: { userId: unplugged.id } });
    await db.user.delete({ where: { id: deleted.id } });
    const { senders, sent } = recordingSenders();

    expect(await createDeliverHandler(senders).batch(jobs)).toEqual([undefined, undefined, undefined]);
    expect(sent).toEqual([]);
    expect((await logOf(deactivated.id)).map((d) => [d.status, d.errorCode])).toEqual([["SKIPPED", "user_inactive"]]);
    expect((await logOf(unplugged.id)).map((d) => [d.status, d.errorCode])).toEqual([["SKIPPED", "no_device"]]);
    expect(await db.notificationDelivery.findFirstOrThrow({ where: { outboxId: jobs[2]?.id } })).toMatchObject({ userId: null, status: "SKIPPED", errorCode: "user_gone" });
  });

  it("RetryLater leaves no delivery row; PermanentFailure logs FAILED with its code and is rethrown", async () => {
    const person = await createNotifiedPerson({ device: true, email: true });
    await fanOut([person.id]);
    const jobs = await deliverJobsOf(person.id);
    const { senders } = recordingSenders({ EMAIL: () => new RetryLater("smtp_busy"), PUSH: () => new PermanentFailure("invalid_argument") });
    const results = await createDeliverHandler(senders).batch(jobs);
    const byChannel = new Map(jobs.map((job, i) => [(job.payload as { channel: string }).channel, results[i]]));
    expect(byChannel.get("EMAIL")).toBeInstanceOf(RetryLater);
    expect(byChannel.get("PUSH")).toBeInstanceOf(PermanentFailure);
    expect((await logOf(person.id)).map((d) => [d.channel, d.status, d.errorCode])).toEqual([["PUSH", "FAILED", "invalid_argument"]]);

    // The retry of the email row logs it once it goes through.
    const retry = recordingSenders();
    const emailJob = jobs.find((j) => (j.payload as { channel: string }).channel === "EMAIL")!;
    expect(await createDeliverHandler(retry.senders).batch([emailJob])).toEqual([undefined]);
    expect((await logOf(person.id)).map((d) => [d.channel, d.status]).sort()).toEqual([
      ["EMAIL", "SENT"],
      ["PUSH", "FAILED"],
    ]);
  });

  it("the last allowed try of a passing failure logs FAILED, so the announcement counts do not wait forever", async () => {
    const person = await createNotifiedPerson({ device: true });
    await fanOut([person.id]);
    const [job] = await deliverJobsOf(person.id);
    const { senders } = recordingSenders({ PUSH: () => new RetryLater("fcm_unavailable") });
    const [error] = await createDeliverHandler(senders).batch([{ ...job!, attempts: MAX_ATTEMPTS }]);
    expect(error).toBeInstanceOf(RetryLater);
    expect((await logOf(person.id)).map((d) => [d.status, d.errorCode])).toEqual([["FAILED", "fcm_unavailable"]]);
  });

  it("without an inbox row, takes the text from the announcement (reader's language) or from the payload", async () => {
    const c = await createAnnouncingCenter();
    const student = await createAnnouncementStudent(c.course, { locale: "EN", device: true, preferences: { IN_APP: false } });
    await createAnnouncement(c.adminAccess, { courseId: c.course.id, titleEn: "Room change", bodyEn: "Room 4", titleMy: "အခန်းပြောင်း", bodyMy: "အခန်း ၄", channels: ["IN_APP", "PUSH"], when: "now" });
    const noInbox = await createNotifiedPerson({ locale: "EN", device: true, preferences: { REFUND_UPDATE: { IN_APP: false } } });
    await fanOut([noInbox.id]);
    const { senders, sent } = recordingSenders();
    await createDeliverHandler(senders).batch([...(await deliverJobsOf(student.id)), ...(await deliverJobsOf(noInbox.id))]);
    expect(sent.map((m) => [m.userId, m.title, m.body])).toEqual([
      [student.id, "Room change", "Room 4"],
      [noInbox.id, text.title, text.body],
    ]);
  });

  it("refuses a malformed payload as a permanent failure, logging nothing", async () => {
    const { senders, sent } = recordingSenders();
    const [error] = await createDeliverHandler(senders).batch([jobOf(DELIVER_KIND, { channel: "SMS", userId: "x" })]);
    expect(error).toBeInstanceOf(PermanentFailure);
    expect(sent).toEqual([]);
  });

  it("end to end through drainOutbox, with the real email sender writing to the development outbox", async () => {
    const person = await createNotifiedPerson({ email: true, device: true });
    const keyPrefix = await fanOut([person.id]);
    const fake = recordingSenders();
    const email = createEmailChannelSender();
    const handlers = { [DELIVER_KIND]: createDeliverHandler({ ...fake.senders, EMAIL: email }) };

    // Earlier tests of this file left rows of their own: only this person's are to be drained.
    await db.outboxMessage.updateMany({ where: { status: "PENDING", NOT: { idempotencyKey: { startsWith: `${keyPrefix}:` } } }, data: { status: "DELIVERED" } });
    expect(await drainOutbox({ handlers })).toMatchObject({ claimed: 2, delivered: 2, retried: 0, dead: 0 });
    const rows = await db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: `${keyPrefix}:` } }, select: { status: true } });
    expect(rows.map((r) => r.status)).toEqual(["DELIVERED", "DELIVERED"]);
    const user = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await db.devMessage.findMany({ where: { to: user.email! }, select: { channel: true, subject: true, body: true } })).toEqual([{ channel: "EMAIL", subject: text.title, body: text.body }]);
    expect((await logOf(person.id)).map((d) => [d.channel, d.status]).sort()).toEqual([
      ["EMAIL", "SENT"],
      ["PUSH", "SENT"],
    ]);
  });

  it("email: a network failure is retried, a rejection is permanent, no address is skipped", async () => {
    const failing = (reason: "network" | "rejected"): MessageSender => ({
      send: () => Promise.reject(new DeliveryError("EMAIL", reason)),
    });
    const person = await createNotifiedPerson({ email: true });
    const message = { userId: person.id, kind: "REFUND_UPDATE" as const, ...text, data: {}, idempotencyKey: "k" };
    await expect(createEmailChannelSender(() => failing("network"))(message)).rejects.toBeInstanceOf(RetryLater);
    await expect(createEmailChannelSender(() => failing("rejected"))(message)).rejects.toBeInstanceOf(PermanentFailure);
    const noEmail = await createNotifiedPerson();
    expect(await createEmailChannelSender(() => failing("network"))({ ...message, userId: noEmail.id })).toEqual({ status: "SKIPPED", reason: "no_email" });
  });
});
