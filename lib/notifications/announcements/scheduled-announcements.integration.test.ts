import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { JOBS } from "@/lib/jobs/registry";
import { createAnnouncementStudent, createAnnouncingCenter } from "@/lib/testing/notification-factories";
import { cancelAnnouncement } from "./cancel-announcement";
import { createAnnouncement } from "./create-announcement";
import { listAnnouncements } from "./list-announcements";
import { toMyanmarLocal } from "./myanmar-time";
import { previewRecipients } from "./preview-recipients";
import { sendDueAnnouncements } from "./send-due-announcements";

const text = { titleEn: "Exam on Friday", bodyEn: "Bring a pencil.", titleMy: "သောကြာနေ့ စာမေးပွဲ", bodyMy: "ခဲတံ ယူလာပါ။" };
const MINUTE = 60_000;
const at = (ms: number) => new Date(Date.now() + ms);
const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

async function scheduled(c: Awaited<ReturnType<typeof createAnnouncingCenter>>, minutes = 10) {
  return createAnnouncement(c.adminAccess, { courseId: c.course.id, ...text, channels: ["IN_APP", "PUSH"], when: "schedule", scheduledFor: toMyanmarLocal(at(minutes * MINUTE)) });
}

describe("scheduled announcements", () => {
  it("waits until due, counts recipients at send time, and is sent once even by two concurrent runs", async () => {
    const c = await createAnnouncingCenter();
    const early = await createAnnouncementStudent(c.course, { device: true });
    const announcement = await scheduled(c, 10);
    expect(announcement).toMatchObject({ status: "SCHEDULED", recipientCount: null });
    expect(new Date(announcement.scheduledFor!).getTime()).toBeGreaterThan(Date.now() + 9 * MINUTE);
    expect(await db.notification.count({ where: { announcementId: announcement.id } })).toBe(0);

    expect(await sendDueAnnouncements(at(5 * MINUTE))).toMatchObject({ claimed: 0, sent: 0 });
    // Enrolled after scheduling, before the send: a recipient; revoked meanwhile: not one.
    const late = await createAnnouncementStudent(c.course);
    await db.enrollment.updateMany({ where: { userId: early.id }, data: { status: "REVOKED" } });

    const due = at(11 * MINUTE);
    const runs = await Promise.all([sendDueAnnouncements(due), sendDueAnnouncements(due)]);
    expect(runs.reduce((sum, run) => sum + (run.sent ?? 0), 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + (run.claimed ?? 0), 0)).toBe(1);
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id: announcement.id } })).toMatchObject({ status: "SENT", recipientCount: 1, sentAt: due });
    expect((await db.notification.findMany({ where: { announcementId: announcement.id } })).map((n) => n.userId)).toEqual([late.id]);
    expect(await db.notificationDelivery.count({ where: { announcementId: announcement.id } })).toBe(2);

    expect(await sendDueAnnouncements(at(12 * MINUTE))).toMatchObject({ claimed: 0, sent: 0 });
    expect(await db.notification.count({ where: { announcementId: announcement.id } })).toBe(1);
  });

  it("finishes an announcement left SENDING (a crash before its fan-out committed)", async () => {
    const c = await createAnnouncingCenter();
    await createAnnouncementStudent(c.course);
    const { id } = await scheduled(c);
    await db.courseAnnouncement.update({ where: { id }, data: { status: "SENDING" } });
    expect(await sendDueAnnouncements(new Date())).toMatchObject({ claimed: 0, sent: 1, recipients: 1 });
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", recipientCount: 1 });
  });

  it("is registered as a job that runs every minute", () => {
    expect(JOBS.find((job) => job.name === "notifications.send-announcements")).toMatchObject({ cron: "* * * * *", handler: sendDueAnnouncements });
  });

  it("cancels a scheduled one (never sent), and refuses to cancel what is sent or cancelled", async () => {
    const c = await createAnnouncingCenter();
    await createAnnouncementStudent(c.course);
    const { id } = await scheduled(c);
    expect(await cancelAnnouncement(c.ownerAccess, { announcementId: id })).toEqual({ id });
    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelledAt: expect.any(Date) });
    expect(await sendDueAnnouncements(at(60 * MINUTE))).toMatchObject({ sent: 0 });
    expect(await db.notification.count({ where: { announcementId: id } })).toBe(0);
    expect(await codeOf(cancelAnnouncement(c.ownerAccess, { announcementId: id }))).toBe("conflict");

    const sent = await createAnnouncement(c.adminAccess, { courseId: c.course.id, ...text, channels: ["IN_APP"] });
    const refusal = await cancelAnnouncement(c.adminAccess, { announcementId: sent.id }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "conflict", details: { reason: "not_scheduled", status: "SENT" } });
    expect(await db.activityLog.count({ where: { centerId: c.center.id, action: "announcement.cancelled" } })).toBe(1);
  });

  it("lists the center's announcements with queued / delivered / failed / skipped per channel", async () => {
    const c = await createAnnouncingCenter();
    const withDevice = await createAnnouncementStudent(c.course, { device: true });
    const alsoDevice = await createAnnouncementStudent(c.course, { device: true });
    await createAnnouncementStudent(c.course, { preferences: { IN_APP: false } });
    const sent = await createAnnouncement(c.adminAccess, { courseId: c.course.id, ...text, channels: ["IN_APP", "PUSH", "TELEGRAM"] });
    const later = await scheduled(c, 30);

    const page = await listAnnouncements(c.adminAccess, {}, "en");
    expect(page.items.map((item) => item.id)).toEqual([later.id, sent.id]);
    expect(page.items[0]).toMatchObject({ status: "SCHEDULED", recipientCount: null, counts: [], title: text.titleEn, course: { id: c.course.id } });
    const counts = () => listAnnouncements(c.adminAccess, {}, "my").then((p) => p.items.find((item) => item.id === sent.id));
    expect(await counts()).toMatchObject({
      status: "SENT",
      title: text.titleMy,
      recipientCount: 3,
      channels: ["IN_APP", "PUSH", "TELEGRAM"],
      counts: [
        { channel: "IN_APP", queued: 0, delivered: 2, failed: 0, skipped: 1 },
        { channel: "PUSH", queued: 2, delivered: 0, failed: 0, skipped: 1 },
        { channel: "TELEGRAM", queued: 0, delivered: 0, failed: 0, skipped: 3 },
      ],
    });

    // What the delivery worker will write: the counts fill in.
    const base = { centerId: c.center.id, announcementId: sent.id, kind: "COURSE_ANNOUNCEMENT" as const, channel: "PUSH" as const };
    await db.notificationDelivery.createMany({ data: [{ ...base, userId: withDevice.id, status: "SENT" }, { ...base, userId: alsoDevice.id, status: "FAILED", errorCode: "unregistered" }] });
    expect((await counts())?.counts[1]).toEqual({ channel: "PUSH", queued: 0, delivered: 1, failed: 1, skipped: 1 });

    const firstPage = await listAnnouncements(c.adminAccess, { limit: 1 }, "en");
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    const secondPage = await listAnnouncements(c.adminAccess, { limit: 1, cursor: firstPage.nextCursor! }, "en");
    expect(secondPage.items.map((item) => item.id)).toEqual([sent.id]);
    expect(secondPage.nextCursor).toBeNull();
  });

  it("two tenants: B's admin cannot send to, list, preview or cancel A's announcements; A's instructor is forbidden", async () => {
    const a = await createAnnouncingCenter();
    const b = await createAnnouncingCenter();
    await createAnnouncementStudent(a.course);
    const aScheduled = await scheduled(a);
    const aSent = await createAnnouncement(a.adminAccess, { courseId: a.course.id, ...text, channels: ["IN_APP"] });

    // B's admin reaching A's center at all: not_found.
    expect(await codeOf(getCenterAccess(b.admin.actor, a.center.id))).toBe("not_found");
    // Through B's own center, A's ids are just as unknown.
    expect(await codeOf(createAnnouncement(b.adminAccess, { courseId: a.course.id, ...text, channels: ["IN_APP"] }))).toBe("not_found");
    expect(await codeOf(cancelAnnouncement(b.adminAccess, { announcementId: aScheduled.id }))).toBe("not_found");
    expect(await codeOf(previewRecipients(b.adminAccess, { courseId: a.course.id }))).toBe("not_found");
    expect((await listAnnouncements(b.adminAccess, {}, "en")).items).toEqual([]);
    expect((await listAnnouncements(b.adminAccess, { courseId: a.course.id }, "en")).items).toEqual([]);

    // A's instructor: even for the course they teach, sending and reading are the admins' (forbidden).
    expect(await codeOf(createAnnouncement(a.instructorAccess, { courseId: a.course.id, ...text, channels: ["IN_APP"] }))).toBe("forbidden");
    expect(await codeOf(cancelAnnouncement(a.instructorAccess, { announcementId: aScheduled.id }))).toBe("forbidden");
    expect(await codeOf(previewRecipients(a.instructorAccess, { courseId: a.course.id }))).toBe("forbidden");
    expect(await codeOf(listAnnouncements(a.instructorAccess, {}, "en"))).toBe("forbidden");

    expect(await db.courseAnnouncement.findUniqueOrThrow({ where: { id: aScheduled.id } })).toMatchObject({ status: "SCHEDULED" });
    expect(await db.courseAnnouncement.count({ where: { centerId: a.center.id } })).toBe(2);
    expect(await db.courseAnnouncement.count({ where: { centerId: b.center.id } })).toBe(0);
    expect(aSent.status).toBe("SENT");
  });
});
