import { beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { getSandboxZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import { createCourseIn, createEnrolledStudent } from "@/lib/testing/live-class-factories";
import { createCenterWithStaff, testClient } from "@/lib/testing/staff-factories";
import { cancelLiveClass } from "./cancel-live-class";
import { getHostStartUrl } from "./get-host-start-url";
import { scheduleLiveClass } from "./schedule-live-class";
import { updateLiveClass } from "./update-live-class";

type Staffed = Awaited<ReturnType<typeof createCenterWithStaff>>;
let a: Staffed;
let b: Staffed;
let courseA: Awaited<ReturnType<typeof createCourseIn>>;
let unassignedA: Awaited<ReturnType<typeof createCourseIn>>;
let courseB: Awaited<ReturnType<typeof createCourseIn>>;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000);

beforeAll(async () => {
  [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
  courseA = await createCourseIn(a.center.id, [a.instructorProfile.id]);
  unassignedA = await createCourseIn(a.center.id);
  courseB = await createCourseIn(b.center.id, [b.instructorProfile.id]);
});

const reminders = (liveClassId: string) =>
  db.outboxMessage.findMany({ where: { kind: "live_class.reminder", idempotencyKey: { startsWith: `live_class.reminder:${liveClassId}:` } }, orderBy: { nextAttemptAt: "asc" } });

describe("scheduleLiveClass", () => {
  it("creates the Zoom meeting, stores its links, and queues reminders 24 h and 1 h before", async () => {
    const student = await createEnrolledStudent(courseA);
    const access = await getCenterAccess(a.admin.actor, a.center.id);
    const startsAt = inDays(3);
    const created = await scheduleLiveClass(access, { courseId: courseA.id, titleEn: "Week 1 Q&A", startsAt, durationMinutes: 90 }, testClient());
    expect(created).toMatchObject({ courseId: courseA.id, status: "SCHEDULED", startsAt: startsAt.toISOString() });
    expect(created).not.toHaveProperty("zoomStartUrl");
    expect(JSON.stringify(created)).not.toMatch(/zoom\.us\/(s|j)\//);

    const row = await db.liveClass.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.zoomMeetingId).toMatch(/^\d{11}$/);
    expect(row.zoomJoinUrl).toContain(`/j/${row.zoomMeetingId}`);
    expect(row.zoomStartUrl).toContain(`/s/${row.zoomMeetingId}`);
    expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(90 * 60_000);

    const queued = await reminders(created.id);
    expect(queued.map((m) => m.nextAttemptAt.getTime())).toEqual([startsAt.getTime() - 24 * 3600_000, startsAt.getTime() - 3600_000]);
    expect(queued.map((m) => (m.payload as { offset: string }).offset)).toEqual(["24h", "1h"]);

    // Policy S3: what Zoom received holds the class topic and time, nothing about any student.
    const sent = JSON.stringify(getSandboxZoomClient().requests);
    expect(sent).toContain("Week 1 Q&A");
    for (const personal of [student.phone!, student.email!, student.name!]) expect(sent).not.toContain(personal);
    expect(await db.activityLog.count({ where: { action: "live_class.scheduled", targetId: created.id } })).toBe(1);
  });

  it("skips a reminder whose time has passed and refuses a start in the past (422)", async () => {
    const access = await getCenterAccess(a.owner.actor, a.center.id);
    const soon = await scheduleLiveClass(access, { courseId: courseA.id, startsAt: new Date(Date.now() + 3 * 3600_000), durationMinutes: 30 });
    expect((await reminders(soon.id)).map((m) => (m.payload as { offset: string }).offset)).toEqual(["1h"]);
    await expect(scheduleLiveClass(access, { courseId: courseA.id, startsAt: new Date(Date.now() - 60_000), durationMinutes: 30 })).rejects.toMatchObject({
      code: "validation_failed",
      details: [expect.objectContaining({ path: "body.startsAt" })],
    });
  });

  it("policy S5: another center's staff and an unassigned instructor get 404, and Zoom is not called", async () => {
    const before = getSandboxZoomClient().requests.length;
    await expect(getCenterAccess(a.owner.actor, b.center.id)).rejects.toMatchObject({ code: "not_found" });
    const accessA = await getCenterAccess(a.owner.actor, a.center.id);
    await expect(scheduleLiveClass(accessA, { courseId: courseB.id, startsAt: inDays(2), durationMinutes: 60 })).rejects.toMatchObject({ code: "not_found" });
    const instructorA = await getCenterAccess(a.instructor.actor, a.center.id);
    await expect(scheduleLiveClass(instructorA, { courseId: unassignedA.id, startsAt: inDays(2), durationMinutes: 60 })).rejects.toMatchObject({ code: "not_found" });
    expect(getSandboxZoomClient().requests.length).toBe(before);

    const own = await scheduleLiveClass(instructorA, { courseId: courseA.id, startsAt: inDays(2), durationMinutes: 60 });
    const row = await db.liveClass.findUniqueOrThrow({ where: { id: own.id } });
    expect(row.hostInstructorId).toBe(a.instructorProfile.id);
    // B's staff cannot reach A's class either.
    const accessB = await getCenterAccess(b.owner.actor, b.center.id);
    await expect(updateLiveClass(accessB, own.id, { titleEn: "Hijack" })).rejects.toMatchObject({ code: "not_found" });
    await expect(cancelLiveClass(accessB, own.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getHostStartUrl(accessB, own.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a section must belong to the course", async () => {
    const access = await getCenterAccess(a.admin.actor, a.center.id);
    const sectionOfB = await db.section.findFirstOrThrow({ where: { courseId: courseB.id } });
    await expect(scheduleLiveClass(access, { courseId: courseA.id, sectionId: sectionOfB.id, startsAt: inDays(2), durationMinutes: 60 })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});

describe("updateLiveClass and cancelLiveClass", () => {
  it("a new time goes to Zoom and replaces the pending reminders", async () => {
    const access = await getCenterAccess(a.admin.actor, a.center.id);
    const created = await scheduleLiveClass(access, { courseId: courseA.id, startsAt: inDays(4), durationMinutes: 60 });
    const newStart = inDays(5);
    const updated = await updateLiveClass(access, created.id, { startsAt: newStart, durationMinutes: 45 });
    expect(updated).toMatchObject({ startsAt: newStart.toISOString(), endsAt: new Date(newStart.getTime() + 45 * 60_000).toISOString() });
    const patch = getSandboxZoomClient().requests.at(-1);
    expect(patch).toMatchObject({ operation: "updateMeeting", path: `/v2/meetings/${created.zoomMeetingId}`, body: { duration: 45 } });
    const queued = await reminders(created.id);
    expect(queued).toHaveLength(2);
    expect(queued.every((m) => m.idempotencyKey.endsWith(`:${newStart.getTime()}`))).toBe(true);
  });

  it("cancels once: reminders dropped, Zoom deletion and notice queued, host link closed", async () => {
    const access = await getCenterAccess(a.owner.actor, a.center.id);
    const created = await scheduleLiveClass(access, { courseId: courseA.id, startsAt: inDays(6), durationMinutes: 60 });
    expect((await getHostStartUrl(access, created.id)).startUrl).toContain("zak=");
    const cancelled = await cancelLiveClass(access, created.id);
    expect(cancelled.status).toBe("CANCELLED");
    expect(await reminders(created.id)).toHaveLength(0);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `zoom.delete_meeting:${created.zoomMeetingId}` } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `live_class.cancelled:${created.id}` } })).toBe(1);
    await expect(cancelLiveClass(access, created.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(updateLiveClass(access, created.id, { titleEn: "Again" })).rejects.toMatchObject({ code: "conflict" });
    await expect(getHostStartUrl(access, created.id)).rejects.toMatchObject({ code: "conflict" });
  });
});
