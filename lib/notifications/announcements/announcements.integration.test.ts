import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { createCourse, createUser } from "@/lib/testing/factories";
import { enroll } from "@/lib/testing/learning-factories";
import { createAnnouncementStudent, createAnnouncingCenter } from "@/lib/testing/notification-factories";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { effectiveChannels } from "../effective-channels";
import { createAnnouncement } from "./create-announcement";
import { deliverAnnouncement } from "./deliver-announcement";
import { DELIVER_KIND, FAN_OUT_BATCH } from "./fan-out";
import { previewRecipients } from "./preview-recipients";
import { sendDueAnnouncements } from "./send-due-announcements";

const text = { titleEn: "Class moved", bodyEn: "Tomorrow's class starts at 10:00.", titleMy: "အတန်းချိန် ပြောင်း", bodyMy: "မနက်ဖြန် ၁၀ နာရီ စမည်။" };

const deliveriesOf = (announcementId: string) =>
  db.notificationDelivery.findMany({ where: { announcementId }, select: { userId: true, channel: true, status: true, errorCode: true, notificationId: true } });
const outboxOf = (announcementId: string) => db.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: `announcement:${announcementId}:` } } });

describe("course announcements: send now", () => {
  it("reaches only the course's active students: an inbox row in their language, outbox rows for push and Telegram", async () => {
    const c = await createAnnouncingCenter();
    const burmese = await createAnnouncementStudent(c.course, { locale: "MY", device: true, telegram: true });
    const english = await createAnnouncementStudent(c.course, { locale: "EN" });
    // Not recipients: revoked, expired, deactivated, enrolled in another course of the center or of another center.
    await createAnnouncementStudent(c.course, { enrollment: { status: "REVOKED" } });
    await createAnnouncementStudent(c.course, { enrollment: { expiresAt: new Date(Date.now() - 60_000) } });
    const deactivated = await createAnnouncementStudent(c.course);
    await db.user.update({ where: { id: deactivated.id }, data: { status: "DEACTIVATED" } });
    await createAnnouncementStudent(c.otherCourse, { device: true });
    const elsewhere = await createAnnouncingCenter();
    await createAnnouncementStudent(elsewhere.course, { device: true });

    const result = await createAnnouncement(c.adminAccess, { courseId: c.course.id, ...text, channels: ["IN_APP", "PUSH", "TELEGRAM"], when: "now" });
    expect(result).toMatchObject({ status: "SENT", recipientCount: 2, scheduledFor: null });
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ status: "SENT", recipientCount: 2, channels: ["IN_APP", "PUSH", "TELEGRAM"], senderUserId: c.admin.user.id });

    const inbox = await db.notification.findMany({ where: { announcementId: result.id }, orderBy: { title: "asc" } });
    expect(inbox.map((n) => [n.userId, n.kind, n.title, n.body])).toEqual(
      expect.arrayContaining([
        [english.id, "COURSE_ANNOUNCEMENT", text.titleEn, text.bodyEn],
        [burmese.id, "COURSE_ANNOUNCEMENT", text.titleMy, text.bodyMy],
      ]),
    );
    expect(inbox).toHaveLength(2);
    expect(inbox[0]?.data).toEqual({ announcementId: result.id, courseId: c.course.id, centerId: c.center.id });

    const outbox = await outboxOf(result.id);
    expect(outbox.map((o) => [o.kind, o.idempotencyKey]).sort()).toEqual([
      [DELIVER_KIND, `announcement:${result.id}:PUSH:${burmese.id}`],
      [DELIVER_KIND, `announcement:${result.id}:TELEGRAM:${burmese.id}`],
    ]);
    // Ids only: the worker loads the text in the reader's language at delivery time.
    const push = outbox.find((o) => o.idempotencyKey.includes(":PUSH:"));
    const burmeseInbox = inbox.find((n) => n.userId === burmese.id);
    expect(push?.payload).toEqual({ notificationKind: "COURSE_ANNOUNCEMENT", channel: "PUSH", userId: burmese.id, announcementId: result.id, centerId: c.center.id, notificationId: burmeseInbox?.id });

    const deliveries = await deliveriesOf(result.id);
    expect(deliveries.map((d) => [d.userId, d.channel, d.status, d.errorCode]).sort()).toEqual(
      [
        [burmese.id, "IN_APP", "SENT", null],
        [english.id, "IN_APP", "SENT", null],
        [english.id, "PUSH", "SKIPPED", "no_device"],
        [english.id, "TELEGRAM", "SKIPPED", "no_telegram_link"],
      ].sort(),
    );
    expect(deliveries.find((d) => d.userId === burmese.id)?.notificationId).toBe(burmeseInbox?.id);
    expect(await db.activityLog.count({ where: { centerId: c.center.id, action: "announcement.sent", targetId: result.id } })).toBe(1);
  });

  it("policy S2: a channel the student turned off gets no outbox row and no inbox row, only a SKIPPED delivery", async () => {
    const c = await createAnnouncingCenter();
    const noPush = await createAnnouncementStudent(c.course, { device: true, telegram: true, preferences: { PUSH: false } });
    const noTelegram = await createAnnouncementStudent(c.course, { device: true, telegram: true, preferences: { TELEGRAM: false } });
    const noInbox = await createAnnouncementStudent(c.course, { preferences: { IN_APP: false } });
    const { id } = await createAnnouncement(c.ownerAccess, { courseId: c.course.id, ...text, channels: ["IN_APP", "PUSH", "TELEGRAM"] });

    expect((await outboxOf(id)).map((o) => o.idempotencyKey).sort()).toEqual([`announcement:${id}:PUSH:${noTelegram.id}`, `announcement:${id}:TELEGRAM:${noPush.id}`].sort());
    expect((await db.notification.findMany({ where: { announcementId: id } })).map((n) => n.userId).sort()).toEqual([noPush.id, noTelegram.id].sort());
    const skipped = (await deliveriesOf(id)).filter((d) => d.status === "SKIPPED").map((d) => [d.userId, d.channel, d.errorCode]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        [noPush.id, "PUSH", "preference_off"],
        [noTelegram.id, "TELEGRAM", "preference_off"],
        [noInbox.id, "IN_APP", "preference_off"],
        [noInbox.id, "PUSH", "no_device"],
        [noInbox.id, "TELEGRAM", "no_telegram_link"],
      ]),
    );
    expect(skipped).toHaveLength(5);

    expect(await effectiveChannels(noPush.id, "COURSE_ANNOUNCEMENT")).toEqual(["IN_APP", "TELEGRAM"]);
    expect(await effectiveChannels(noInbox.id, "COURSE_ANNOUNCEMENT", ["IN_APP", "PUSH", "TELEGRAM"])).toEqual([]);
    // Email is off by default for announcements; an explicit choice turns it on where there is an address.
    expect(await effectiveChannels(noTelegram.id, "COURSE_ANNOUNCEMENT")).toEqual(["IN_APP", "PUSH"]);
  });

  it("only the chosen channels: nothing at all is written for the others", async () => {
    const c = await createAnnouncingCenter();
    await createAnnouncementStudent(c.course, { device: true, telegram: true });
    const { id } = await createAnnouncement(c.adminAccess, { courseId: c.course.id, titleMy: text.titleMy, bodyMy: text.bodyMy, channels: ["IN_APP"] });
    expect(await outboxOf(id)).toHaveLength(0);
    expect((await deliveriesOf(id)).map((d) => d.channel)).toEqual(["IN_APP"]);
    // Written only in Burmese: an English reader gets the Burmese text rather than nothing.
    const english = await createAnnouncementStudent(c.course, { locale: "EN" });
    const second = await createAnnouncement(c.adminAccess, { courseId: c.course.id, titleMy: text.titleMy, bodyMy: text.bodyMy, channels: ["IN_APP"] });
    expect(await db.notification.findFirstOrThrow({ where: { announcementId: second.id, userId: english.id } })).toMatchObject({ title: text.titleMy, body: text.bodyMy });
  });

  it("fans out a large course in batches", async () => {
    const c = await createAnnouncingCenter();
    const count = FAN_OUT_BATCH + 5;
    const stamp = Date.now();
    await db.user.createMany({ data: Array.from({ length: count }, (_, i) => ({ email: `bulk-${stamp}-${i}@example.test`, name: `Bulk ${i}` })) });
    const users = await db.user.findMany({ where: { email: { startsWith: `bulk-${stamp}-` } }, select: { id: true } });
    await db.enrollment.createMany({ data: users.map((u) => ({ userId: u.id, courseId: c.course.id, centerId: c.center.id, source: "ADMIN_GRANT" as const })) });

    expect(await previewRecipients(c.adminAccess, { courseId: c.course.id })).toEqual({ recipients: count, reachable: { IN_APP: count, PUSH: 0, TELEGRAM: 0 } });
    const result = await createAnnouncement(c.adminAccess, { courseId: c.course.id, ...text, channels: ["IN_APP", "PUSH"] });
    expect(result.recipientCount).toBe(count);
    expect(await db.notification.count({ where: { announcementId: result.id } })).toBe(count);
    expect(await db.notificationDelivery.count({ where: { announcementId: result.id, channel: "PUSH", errorCode: "no_device" } })).toBe(count);
  });

  it("commits a large course batch by batch: an interrupted send resumes after its cursor and notifies nobody twice", async () => {
    const c = await createAnnouncingCenter();
    const count = FAN_OUT_BATCH + 7;
    const stamp = Date.now();
    await db.user.createMany({ data: Array.from({ length: count }, (_, i) => ({ email: `resume-${stamp}-${i}@example.test`, name: `Resume ${i}` })) });
    const users = await db.user.findMany({ where: { email: { startsWith: `resume-${stamp}-` } }, select: { id: true } });
    await db.enrollment.createMany({ data: users.map((u) => ({ userId: u.id, courseId: c.course.id, centerId: c.center.id, source: "ADMIN_GRANT" as const })) });
    const row = await db.courseAnnouncement.create({
      data: { centerId: c.center.id, courseId: c.course.id, ...text, channels: ["IN_APP", "PUSH"], status: "SENDING" },
    });
    // A budget of nothing: one batch commits, then the sender stops (as a crash after a commit would).
    expect(await deliverAnnouncement(row.id, new Date(), { budgetMs: 0 })).toBeNull();
    const halfway = await db.courseAnnouncement.findUniqueOrThrow({ where: { id: row.id } });
    expect(halfway).toMatchObject({ status: "SENDING", recipientCount: FAN_OUT_BATCH, fanOutCursor: expect.any(String) });
    expect(await db.notification.count({ where: { announcementId: row.id } })).toBe(FAN_OUT_BATCH);

    // The job picks it up and finishes from the cursor.
    expect(await sendDueAnnouncements(new Date())).toMatchObject({ sent: 1, recipients: count });
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", recipientCount: count, fanOutCursor: null });
    expect(await db.notification.count({ where: { announcementId: row.id } })).toBe(count);
    expect(await db.notificationDelivery.count({ where: { announcementId: row.id, channel: "PUSH" } })).toBe(count);
    expect(new Set((await db.notification.findMany({ where: { announcementId: row.id }, select: { userId: true } })).map((n) => n.userId)).size).toBe(count);
  });

  it("stores Zawgyi typed text as Unicode", async () => {
    const c = await createAnnouncingCenter();
    await createAnnouncementStudent(c.course);
    const zawgyiTitle = unicodeToZawgyi("မြန်မာစာ သင်ခန်းစာ");
    const zawgyiBody = unicodeToZawgyi("အခြေခံ သင်တန်း\nပြီးပါပြီ");
    expect(zawgyiTitle).not.toBe("မြန်မာစာ သင်ခန်းစာ");
    const { id } = await createAnnouncement(c.adminAccess, { courseId: c.course.id, titleMy: zawgyiTitle, bodyMy: zawgyiBody, channels: ["IN_APP"] });
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id } })).toMatchObject({ titleMy: "မြန်မာစာ သင်ခန်းစာ", bodyMy: "အခြေခံ သင်တန်း\nပြီးပါပြီ", titleEn: null, bodyEn: null });
    expect(await db.notification.findFirstOrThrow({ where: { announcementId: id } })).toMatchObject({ title: "မြန်မာစာ သင်ခန်းစာ" });
  });

  it("refuses invalid input with field errors, and writes nothing", async () => {
    const c = await createAnnouncingCenter();
    const fieldsOf = async (input: Record<string, unknown>) => {
      const error = await createAnnouncement(c.adminAccess, { courseId: c.course.id, channels: ["IN_APP"], ...input }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      return (error as ZodError).issues.map((issue) => [issue.path.join("."), issue.message]);
    };
    const inMyanmar = (ms: number) => new Date(Date.now() + ms + 390 * 60_000).toISOString().slice(0, 16);
    expect(await fieldsOf({})).toEqual([["titleEn", "one_language"], ["titleMy", "one_language"]]);
    expect(await fieldsOf({ titleEn: "Only a title" })).toEqual([["bodyEn", "required"]]);
    expect(await fieldsOf({ ...text, titleMy: "  \u200B " })).toEqual([["titleMy", "required"]]);
    expect(await fieldsOf({ ...text, titleEn: "x".repeat(121) })).toEqual([["titleEn", "too_long"]]);
    expect(await fieldsOf({ ...text, channels: [] })).toEqual([["channels", "channel_required"]]);
    expect(await fieldsOf({ ...text, when: "schedule", scheduledFor: "" })).toEqual([["scheduledFor", "required"]]);
    expect(await fieldsOf({ ...text, when: "schedule", scheduledFor: "2026-02-31T10:00" })).toEqual([["scheduledFor", "invalid_time"]]);
    expect(await fieldsOf({ ...text, when: "schedule", scheduledFor: inMyanmar(2 * 60_000) })).toEqual([["scheduledFor", "too_soon"]]);
    expect(await fieldsOf({ ...text, when: "schedule", scheduledFor: inMyanmar(31 * 24 * 3600_000) })).toEqual([["scheduledFor", "too_far"]]);
    expect(await db.courseAnnouncement.count({ where: { centerId: c.center.id } })).toBe(0);
  });

  it("counts a student enrolled in two courses once per announcement, and only for the chosen course", async () => {
    const c = await createAnnouncingCenter();
    const both = await createUser();
    await enroll(both.id, c.course);
    await enroll(both.id, c.otherCourse);
    const third = await createCourse({ centerId: c.center.id, categoryId: c.category.id });
    const { id } = await createAnnouncement(c.adminAccess, { courseId: third.id, ...text, channels: ["IN_APP"] });
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", recipientCount: 0 });
    const second = await createAnnouncement(c.adminAccess, { courseId: c.course.id, ...text, channels: ["IN_APP"] });
    expect(await db.notification.count({ where: { announcementId: second.id, userId: both.id } })).toBe(1);
  });
});
